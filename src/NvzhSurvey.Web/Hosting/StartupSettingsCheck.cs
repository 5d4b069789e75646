using Npgsql;

namespace NvzhSurvey.Web.Hosting;

/// <summary>
/// Refuses to start with settings that are unsafe on the internet, each with a message naming the setting.
/// Everywhere: an unusable "Mail:LinkBaseUrl" and a "Bootstrap:ApiToken" shorter than 32 characters. Outside
/// Development: a missing "Mail:LinkBaseUrl" and "AllowedHosts" "*". Outside Development and Testing (the automated
/// tests' environment, on a throwaway database): the shipped database password, data-protection keys without a
/// certificate, and demo data.
/// </summary>
public static class StartupSettingsCheck
{
    public const string ShippedDatabasePassword = "nvzh";
    public const int MinimumBootstrapTokenLength = 32;

    public static IReadOnlyList<string> Problems(IConfiguration configuration, IHostEnvironment environment)
    {
        var problems = new List<string>();
        var address = PublicAddress.From(configuration, environment);
        if (address is null)
        {
            problems.Add($"{PublicAddress.Setting} (Mail__LinkBaseUrl) is required outside Development: the public address of the app, e.g. https://onderzoek.nvzh.nl. Every link in a mail is built from it.");
        }
        else if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.PathAndQuery.Length > 1)
        {
            problems.Add($"{PublicAddress.Setting} (Mail__LinkBaseUrl) must be an absolute http(s) address without a path, e.g. https://onderzoek.nvzh.nl; it is '{address}'.");
        }

        if (configuration["Bootstrap:ApiToken"] is { Length: > 0 } token && token.Trim().Length < MinimumBootstrapTokenLength)
        {
            problems.Add($"Bootstrap:ApiToken (Bootstrap__ApiToken) must be at least {MinimumBootstrapTokenLength} characters long; generate one with: openssl rand -base64 32");
        }

        if (environment.IsDevelopment())
        {
            return problems;
        }

        if ((configuration["AllowedHosts"] ?? "").Split(';').Any(h => h.Trim() == "*"))
        {
            problems.Add("AllowedHosts must not be '*' outside Development: the app answers to the host of Mail:LinkBaseUrl; list only extra host names (e.g. 'localhost' for a health check).");
        }

        if (environment.IsEnvironment("Testing"))
        {
            return problems;
        }

        if (DatabasePassword(configuration.GetConnectionString("Survey")) == ShippedDatabasePassword)
        {
            problems.Add($"ConnectionStrings:Survey (ConnectionStrings__Survey) uses the shipped database password '{ShippedDatabasePassword}'; give the database user its own password.");
        }

        if (string.IsNullOrWhiteSpace(configuration["DataProtection:CertificatePath"]))
        {
            problems.Add("DataProtection:CertificatePath (DataProtection__CertificatePath) is required outside Development: without a certificate the data-protection keys (login cookies, reset links) are stored unencrypted in the database.");
        }

        if (configuration.GetValue("Seed:DemoData", false))
        {
            problems.Add("Seed:DemoData (Seed__DemoData) must be false outside Development: demo data and demo accounts with a published password do not belong on a real installation.");
        }

        return problems;
    }

    /// <summary>Throws, naming every problem, before anything is started.</summary>
    public static WebApplicationBuilder CheckStartupSettings(this WebApplicationBuilder builder)
    {
        var problems = Problems(builder.Configuration, builder.Environment);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"NvzhSurvey does not start in environment '{builder.Environment.EnvironmentName}' with these settings:"
                + string.Concat(problems.Select(p => Environment.NewLine + "- " + p)));
        }

        return builder;
    }

    private static string? DatabasePassword(string? connectionString)
    {
        try
        {
            return connectionString is null ? null : new NpgsqlConnectionStringBuilder(connectionString).Password;
        }
        catch (ArgumentException)
        {
            return null; // an unreadable connection string fails on its own, with Npgsql's message
        }
    }
}
