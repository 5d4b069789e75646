using Microsoft.AspNetCore.HostFiltering;
using NvzhSurvey.Web.Features.Accounts.Mail;

namespace NvzhSurvey.Web.Hosting;

/// <summary>
/// The app's one public address, "Mail:LinkBaseUrl" (e.g. https://onderzoek.nvzh.nl): every link in a mail is built
/// from it, and outside Development it is also the host the app answers to (AllowedHosts: its host name, plus the
/// extra names listed in "AllowedHosts", e.g. "localhost" for a container health check).
/// </summary>
public static class PublicAddress
{
    public const string Setting = "Mail:LinkBaseUrl";
    public const string DevelopmentDefault = "http://localhost:5080";

    /// <summary>The configured address, or the Development default; null when missing elsewhere.</summary>
    public static string? From(IConfiguration configuration, IHostEnvironment environment) =>
        configuration[Setting] is { Length: > 0 } configured ? configured
        : environment.IsDevelopment() ? DevelopmentDefault
        : null;

    /// <summary>The host names the app answers to outside Development: the public address's host and the listed extras.</summary>
    public static IReadOnlyList<string> AllowedHosts(string publicAddress, IConfiguration configuration) =>
        new[] { new Uri(publicAddress).Host }
            .Concat((configuration["AllowedHosts"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    public static IServiceCollection AddSurveyPublicAddress(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var address = From(configuration, environment);
        services.PostConfigure<MailOptions>(options => options.LinkBaseUrl = address);
        if (!environment.IsDevelopment() && address is not null)
        {
            // Non-empty, so the framework's own "AllowedHosts" default (PostConfigure, only when empty) leaves it alone.
            var hosts = AllowedHosts(address, configuration);
            services.Configure<HostFilteringOptions>(options => options.AllowedHosts = hosts.ToList());
        }

        return services;
    }
}
