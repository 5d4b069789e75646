using Microsoft.Extensions.Options;
using NvzhSurvey.Core.Cycle;
using NvzhSurvey.Core.Mail;
using NvzhSurvey.Web.Features.Accounts.Mail;

namespace NvzhSurvey.Web.Features.Mail;

public static class MailCycleSetup
{
    /// <summary>The outbox, its worker, and the yearly cycle by mail (issue 18). Needs <c>AddSurveyMail</c> (accounts).</summary>
    public static IServiceCollection AddSurveyMailCycle(this IServiceCollection services)
    {
        services.AddSingleton<IMailTransport, OutboxTransport>();
        services.AddSingleton(provider => new OrganiserAddress(
            MimeKit.MailboxAddress.Parse(provider.GetRequiredService<IOptions<MailOptions>>().Value.From).Address));
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<SentMail>();
        services.AddScoped<CycleSettingsService>();
        services.AddScoped<InvitationSender>();
        services.AddScoped<ReminderScheduler>();
        services.AddScoped<InterviewPlanner>();
        services.AddScoped<CycleProgress>();
        services.AddHostedService<OutboxWorker>();
        return services;
    }
}
