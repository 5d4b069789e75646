using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Mail;

namespace NvzhSurvey.Web.Tests.Mail;

[Collection(MailCycleCollection.Name)]
public sealed class OutboxOutageTests(MailCycleFixture fixture)
{
    [Fact]
    public async Task Mail_written_while_the_smtp_server_is_down_is_sent_once_after_the_back_off()
    {
        const string domain = "storing.test";
        var clock = MailCycleFixture.Clock(2050);
        await fixture.Smtp.StopAsync();
        bool? whileDown;
        try
        {
            await AddMailsAsync(clock, domain, 3);
            whileDown = await fixture.Dispatcher(clock).DispatchOneAsync();
            await fixture.Dispatcher(clock).DispatchDueAsync();
        }
        finally
        {
            await fixture.Smtp.StartAsync();
        }

        var tooEarly = await fixture.Dispatcher(clock).DispatchDueAsync();
        var waiting = await RowsAsync(domain);
        clock.Advance(OutboxRetry.DelayAfter(1));
        var afterBackOff = await fixture.Dispatcher(clock).DispatchDueAsync();
        var afterwards = await fixture.Dispatcher(clock).DispatchDueAsync();

        whileDown.Should().BeFalse();
        waiting.Should().OnlyContain(m => m.Status == OutboxMailStatus.Waiting && m.Attempts == 1 && m.LastError != null
                                          && m.NextAttemptAt == clock.Start + OutboxRetry.DelayAfter(1));
        tooEarly.Should().Be(0);
        afterBackOff.Should().BeGreaterThanOrEqualTo(3);
        afterwards.Should().Be(0);
        (await RowsAsync(domain)).Should().OnlyContain(m => m.Status == OutboxMailStatus.Sent && m.Attempts == 2);
        var received = await fixture.ReceivedAtAsync(domain);
        received.Select(m => m.MessageId).Should().HaveCount(3).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Workers_running_side_by_side_and_a_worker_stopped_mid_send_lose_nothing_and_send_nothing_twice()
    {
        const string domain = "herstart.test";
        var clock = MailCycleFixture.Clock(2051);
        await AddMailsAsync(clock, domain, 12);

        // An app stopping while its worker holds a claimed mail: the claim is rolled back, the mail stays waiting.
        using (var stopping = new CancellationTokenSource())
        {
            var hanging = new HangingTransport();
            var dispatch = new OutboxDispatcher(fixture.Db, hanging, clock).DispatchOneAsync(stopping.Token);
            await hanging.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await stopping.CancelAsync();
            await FluentActions.Awaiting(() => dispatch).Should().ThrowAsync<OperationCanceledException>();
        }

        var afterStop = await RowsAsync(domain);
        // The restarted app: three workers at once (two instances during a rolling restart, say) share the rows.
        var sent = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => fixture.Dispatcher(clock).DispatchDueAsync())));

        afterStop.Should().HaveCount(12).And.OnlyContain(m => m.Status == OutboxMailStatus.Waiting && m.Attempts == 0);
        sent.Sum().Should().BeGreaterThanOrEqualTo(12);
        (await RowsAsync(domain)).Should().OnlyContain(m => m.Status == OutboxMailStatus.Sent && m.Attempts == 1);
        var received = await fixture.ReceivedAtAsync(domain);
        received.Should().HaveCount(12);
        received.Select(m => m.Subject).Should().OnlyHaveUniqueItems();
    }

    private async Task AddMailsAsync(TimeProvider clock, string domain, int count)
    {
        await using var db = await fixture.Db.CreateDbContextAsync();
        for (var i = 1; i <= count; i++)
        {
            MailOutbox.Add(db, clock, new OutboxMail { To = $"lid{i}@{domain}", Subject = $"Bericht {i} aan {domain}", TextBody = "Tekst", Kind = "test" });
        }

        await db.SaveChangesAsync();
    }

    private async Task<List<OutboxMail>> RowsAsync(string domain)
    {
        await using var db = await fixture.Db.CreateDbContextAsync();
        return await db.OutboxMails.AsNoTracking().Where(m => m.To.EndsWith("@" + domain)).ToListAsync();
    }

    /// <summary>A mail server that accepts the connection and then never answers, until the sender gives up.</summary>
    private sealed class HangingTransport : IMailTransport
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task SendAsync(OutboxMail mail, CancellationToken cancellationToken)
        {
            Entered.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }
}
