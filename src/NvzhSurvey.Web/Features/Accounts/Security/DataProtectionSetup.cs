using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Web.Features.Accounts.Security;

/// <summary>
/// Data-protection keys (they sign login cookies, antiforgery and reset tokens) live in PostgreSQL, so logins survive
/// restarts and work on every app instance. Give a certificate ("DataProtection:CertificatePath", a .pfx, with
/// "DataProtection:CertificatePassword") and the keys are stored encrypted with it, so that a database dump or
/// backup alone cannot forge a login. Without one the keys are stored as they are, and ASP.NET Core warns at start.
/// </summary>
public static class DataProtectionSetup
{
    public static IServiceCollection AddSurveyDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var protection = services.AddDataProtection().SetApplicationName("NvzhSurvey").PersistKeysToDbContext<SurveyDbContext>();
        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } path)
        {
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"DataProtection:CertificatePath: the certificate '{path}' does not exist.");
            }

            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:CertificatePassword"]);
            protection.ProtectKeysWithCertificate(certificate);
        }

        return services;
    }
}
