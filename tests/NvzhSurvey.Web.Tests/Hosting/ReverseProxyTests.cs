using System.Net;
using Microsoft.Extensions.Configuration;
using NvzhSurvey.Tests.Shared;
using NvzhSurvey.Web.Hosting;

namespace NvzhSurvey.Web.Tests.Hosting;

/// <summary>
/// Behind a reverse proxy the rate limits count per client (X-Forwarded-For), but only when the request comes from
/// a configured proxy: anyone else's X-Forwarded-For is ignored, or it would be a way around the limits.
/// </summary>
public class ReverseProxyTests
{
    [Theory]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]   // the app's own proxy: each client has its own limit
    [InlineData("192.0.2.1", HttpStatusCode.TooManyRequests)] // another proxy: the header is ignored, one limit for all
    public async Task Login_limits_count_per_forwarded_client_only_behind_a_known_proxy(string knownProxy, HttpStatusCode otherClient)
    {
        await using var app = new SurveyAppFactory
        {
            UseKestrelServer = true,
            SeedDemoData = false,
            Settings = { ["RateLimiting:Login:PermitLimit"] = "2", ["ReverseProxy:KnownProxies"] = knownProxy },
        };
        await app.StartAsync("nvzh_proxy");

        for (var i = 0; i < 2; i++)
        {
            (await LoginFromAsync(app, "10.0.0.1")).Should().Be(HttpStatusCode.OK, "a wrong password shows the form again");
        }

        (await LoginFromAsync(app, "10.0.0.1")).Should().Be(HttpStatusCode.TooManyRequests);
        (await LoginFromAsync(app, "10.0.0.2")).Should().Be(otherClient);
    }

    [Fact]
    public void Proxies_and_networks_are_read_from_a_list_or_a_comma_separated_value_and_a_typo_stops_the_app()
    {
        var settings = ReverseProxySettings.From(Configuration(("ReverseProxy:KnownProxies", "10.0.0.5, 10.0.0.6"), ("ReverseProxy:KnownNetworks:0", "172.16.0.0/12")));

        settings.Proxies.Select(p => p.ToString()).Should().Equal("10.0.0.5", "10.0.0.6");
        settings.Networks.Select(n => n.ToString()).Should().Equal("172.16.0.0/12");
        settings.IsConfigured.Should().BeTrue();
        ReverseProxySettings.From(Configuration()).IsConfigured.Should().BeFalse();
        FluentActions.Invoking(() => ReverseProxySettings.From(Configuration(("ReverseProxy:KnownProxies", "proxy.example"))))
            .Should().Throw<InvalidOperationException>().WithMessage("*'proxy.example' is not an IP address*");
    }

    private static async Task<HttpStatusCode> LoginFromAsync(SurveyAppFactory app, string client)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = app.BaseAddress,
        };
        http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        return (await SurveyAppFactory.LoginAsync(http, "niemand@nvzh.example", "fout-wachtwoord")).StatusCode;
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
