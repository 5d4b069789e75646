using Microsoft.Extensions.Options;

namespace NvzhSurvey.Web.Features.Accounts.Mail;

internal static class MailSetup
{
    public static IServiceCollection AddSurveyMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration("Mail");
        services.AddSingleton<IMailSender>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<MailOptions>>().Value;
            var environment = provider.GetRequiredService<IHostEnvironment>();
            if (!string.IsNullOrWhiteSpace(options.SmtpHost))
            {
                return ActivatorUtilities.CreateInstance<SmtpMailSender>(provider);
            }

            return !string.IsNullOrWhiteSpace(options.DropFolder) || environment.IsDevelopment() || environment.IsEnvironment("Testing")
                ? ActivatorUtilities.CreateInstance<FileDropMailSender>(provider)
                : ActivatorUtilities.CreateInstance<UnconfiguredMailSender>(provider);
        });
        services.AddSingleton<AccountLinks>();
        services.AddSingleton<NvzhSurvey.Core.Mail.IPublicLinks, PublicLinks>();
        return services;
    }
}
