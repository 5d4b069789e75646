using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NvzhSurvey.Core.Cycle;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Mail;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests.Mail;

/// <summary>
/// smtp4dev on loopback and the real app sending to it over SMTP (MailKit, no TLS on loopback), with the app's own
/// outbox worker switched off: tests drive the outbox and the reminders with their own clock, without waiting.
/// </summary>
public sealed class MailCycleFixture : IAsyncLifetime
{
    public Smtp4DevServer Smtp { get; } = new();

    public SurveyAppFactory Factory { get; } = new() { SeedDemoData = false };

    public async Task InitializeAsync()
    {
        await Smtp.StartAsync();
        Factory.Settings["Mail:SmtpHost"] = "127.0.0.1";
        Factory.Settings["Mail:SmtpPort"] = Smtp.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Factory.Settings["Mail:SmtpTls"] = "None";
        Factory.Settings["Mail:SmtpTimeoutSeconds"] = "10";
        Factory.Settings["Mail:OutboxWorkerEnabled"] = "false";
        await Factory.StartAsync("nvzh_mailcycle");
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    public T Service<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    public IDbContextFactory<SurveyDbContext> Db => Service<IDbContextFactory<SurveyDbContext>>();

    public OutboxDispatcher Dispatcher(TimeProvider clock) => new(Db, Service<IMailTransport>(), clock);

    public InvitationSender Invitations(TimeProvider clock) => new(Db, Service<IPublicLinks>(), clock);

    public ReminderScheduler Reminders(TimeProvider clock) => new(Db, Service<IPublicLinks>(), clock);

    /// <summary>A test's own clock. Tests share the outbox and the open editions, so each starts its clock in its own
    /// year: another test's dispatcher or reminder run (at an earlier moment) then never finds this test's mails due.</summary>
    public static FakeTimeProvider Clock(int year) => new(new DateTimeOffset(year, 3, 1, 8, 0, 0, TimeSpan.Zero));

    /// <summary>An edition of <paramref name="year"/> with organisations named "{prefix} 1..n", contacts at {prefix}-i@{domain}.</summary>
    public async Task<(int EditionId, List<int> Organisations)> CreateEditionAsync(int year, string domain, int organisations,
        EditionStatus status = EditionStatus.Open, bool lastWithoutAddress = false)
    {
        await using var db = await Db.CreateDbContextAsync();
        var edition = new Edition { Year = year, Status = status };
        db.Editions.Add(edition);
        var added = Enumerable.Range(1, organisations).Select(i => new Organisation
        {
            Key = $"{domain}-{i}",
            Name = $"Zorghuis {domain} {i}",
            ContactEmail = lastWithoutAddress && i == organisations ? null : $"contact{i}@{domain}",
            // Members of this edition's year only: tests share the database, and each counts its own members.
            MemberSince = new DateOnly(year, 1, 1),
            MemberUntil = new DateOnly(year, 12, 31),
        }).ToList();
        db.Organisations.AddRange(added);
        await db.SaveChangesAsync();
        return (edition.Id, added.Select(o => o.Id).ToList());
    }

    public async Task SaveSettingsAsync(int year, string body, string days, DateTime? deadline = null)
    {
        var result = await Service<CycleSettingsService>().SaveAsync(NvzhSurvey.Core.Accounts.Actor.System(), year,
            new CycleSettingsForm { Subject = "Uitnodiging {organisatie}", Body = body, ReminderDays = days, Deadline = deadline });
        result.Succeeded.Should().BeTrue(result.Error);
    }

    /// <summary>The received messages to addresses at <paramref name="domain"/>, parsed.</summary>
    public async Task<List<MimeKit.MimeMessage>> ReceivedAtAsync(string domain)
    {
        var result = new List<MimeKit.MimeMessage>();
        foreach (var raw in await Smtp.RawMessagesAsync())
        {
            var message = await MimeKit.MimeMessage.LoadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw)));
            if (message.To.Mailboxes.Any(m => m.Address.EndsWith("@" + domain, StringComparison.OrdinalIgnoreCase)))
            {
                result.Add(message);
            }
        }

        return result;
    }
}

[CollectionDefinition(Name)]
public sealed class MailCycleCollection : ICollectionFixture<MailCycleFixture>
{
    public const string Name = "mail cycle";
}
