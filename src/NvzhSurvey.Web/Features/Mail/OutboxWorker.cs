using Microsoft.Extensions.Options;
using NvzhSurvey.Core.Cycle;
using NvzhSurvey.Core.Mail;
using NvzhSurvey.Web.Features.Accounts.Mail;

namespace NvzhSurvey.Web.Features.Mail;

/// <summary>
/// Every few seconds: puts due reminders in the outbox, then sends the due outbox mails. Failures are logged and
/// retried with back-off by <see cref="OutboxDispatcher"/>; a restart picks up where it stopped, since the state is in
/// the database only.
/// </summary>
internal sealed class OutboxWorker(IServiceScopeFactory scopes, IOptions<MailOptions> options, TimeProvider clock, ILogger<OutboxWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.OutboxWorkerEnabled)
        {
            logger.LogWarning("The outbox worker is switched off (Mail:OutboxWorkerEnabled): mails wait in the outbox");
            return;
        }

        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.OutboxPollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ReminderScheduler>().RunAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // E.g. the database is briefly unreachable: try again next round, the state is all in the database.
                logger.LogError(exception, "Outbox round failed");
            }

            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
