using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace NvzhSurvey.Web.Hosting;

/// <summary>
/// Behind a reverse proxy (nginx, a load balancer) every request comes from the proxy's address: the rate limits
/// would throttle all users together, and the app would not see that the browser used https. List the proxies in
/// "ReverseProxy:KnownProxies" (IP addresses) and/or "ReverseProxy:KnownNetworks" (CIDR, "10.0.0.0/8"); the
/// X-Forwarded-For and X-Forwarded-Proto headers are then trusted from those addresses only, and from no one else.
/// </summary>
public static class ReverseProxySetup
{
    public static IServiceCollection AddSurveyReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = ReverseProxySettings.From(configuration);
        services.AddSingleton(settings);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            settings.Proxies.ForEach(options.KnownProxies.Add);
            settings.Networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }

    /// <summary>First in the pipeline, so that logging, HSTS and rate limits see the client, not the proxy.</summary>
    public static WebApplication UseSurveyReverseProxy(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ReverseProxySettings>().IsConfigured)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}

public sealed record ReverseProxySettings(List<IPAddress> Proxies, List<IPNetwork> Networks)
{
    public bool IsConfigured => Proxies.Count > 0 || Networks.Count > 0;

    /// <summary>Reads the settings; a value that is not an address or network stops the app with a clear message.</summary>
    public static ReverseProxySettings From(IConfiguration configuration)
    {
        var proxies = Values(configuration, "KnownProxies").Select(value => IPAddress.TryParse(value, out var address)
            ? address
            : throw new InvalidOperationException($"ReverseProxy:KnownProxies: '{value}' is not an IP address.")).ToList();
        var networks = Values(configuration, "KnownNetworks").Select(value => IPNetwork.TryParse(value, out var network)
            ? network
            : throw new InvalidOperationException($"ReverseProxy:KnownNetworks: '{value}' is not a network such as 10.0.0.0/8.")).ToList();
        return new ReverseProxySettings(proxies, networks);
    }

    /// <summary>An array in appsettings, or one comma-separated value from an environment variable.</summary>
    private static IEnumerable<string> Values(IConfiguration configuration, string name)
    {
        var section = configuration.GetSection("ReverseProxy:" + name);
        var values = section.GetChildren().Select(c => c.Value).Append(section.Value);
        return values.OfType<string>().SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }
}
