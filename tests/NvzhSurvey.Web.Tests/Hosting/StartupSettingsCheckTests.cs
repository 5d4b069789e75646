using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NvzhSurvey.Web.Features.Accounts.Mail;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using NvzhSurvey.Web.Hosting;

namespace NvzhSurvey.Web.Tests.Hosting;

/// <summary>Outside Development the app refuses to start with settings that are unsafe on the internet.</summary>
public class StartupSettingsCheckTests
{
    /// <summary>A production configuration that passes every check; each test breaks one setting.</summary>
    private static Dictionary<string, string?> SafeProduction() => new()
    {
        ["ConnectionStrings:Survey"] = "Host=db;Database=nvzhsurvey;Username=nvzh;Password=een-eigen-wachtwoord",
        ["Mail:LinkBaseUrl"] = "https://onderzoek.nvzh.nl",
        ["DataProtection:CertificatePath"] = "/run/secrets/dataprotection.pfx",
        ["Seed:DemoData"] = "false",
    };

    [Fact]
    public void A_safe_production_configuration_passes()
    {
        Problems(SafeProduction()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Mail:LinkBaseUrl", null, "Mail:LinkBaseUrl (Mail__LinkBaseUrl) is required outside Development")]
    [InlineData("Mail:LinkBaseUrl", "onderzoek.nvzh.nl", "Mail:LinkBaseUrl (Mail__LinkBaseUrl) must be an absolute http(s) address")]
    [InlineData("ConnectionStrings:Survey", "Host=db;Database=nvzhsurvey;Username=nvzh;Password=nvzh", "ConnectionStrings:Survey (ConnectionStrings__Survey) uses the shipped database password")]
    [InlineData("DataProtection:CertificatePath", null, "DataProtection:CertificatePath (DataProtection__CertificatePath) is required outside Development")]
    [InlineData("Seed:DemoData", "true", "Seed:DemoData (Seed__DemoData) must be false outside Development")]
    [InlineData("Bootstrap:ApiToken", "nvzh_kort", "Bootstrap:ApiToken (Bootstrap__ApiToken) must be at least 32 characters long")]
    [InlineData("AllowedHosts", "*", "AllowedHosts must not be '*' outside Development")]
    public void Each_unsafe_setting_is_refused_with_a_message_naming_it(string key, string? value, string message)
    {
        var settings = SafeProduction();
        settings[key] = value;

        Problems(settings).Should().ContainSingle().Which.Should().StartWith(message);
    }

    [Fact]
    public void Development_gets_the_local_address_and_may_use_the_shipped_defaults()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Survey"] = "Host=localhost;Database=nvzhsurvey;Username=nvzh;Password=nvzh",
            ["Seed:DemoData"] = "true",
        };

        Problems(settings, Environments.Development).Should().BeEmpty();
        PublicAddress.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), new HostingEnvironment { EnvironmentName = Environments.Development })
            .Should().Be("http://localhost:5080");
    }

    [Fact]
    public void A_short_bootstrap_token_is_refused_in_Development_too()
    {
        Problems(new() { ["Bootstrap:ApiToken"] = new string('x', 31) }, Environments.Development).Should().ContainSingle()
            .Which.Should().Contain("Bootstrap:ApiToken");
        Problems(new() { ["Bootstrap:ApiToken"] = new string('x', 32) }, Environments.Development).Should().BeEmpty();
    }

    [Fact]
    public void The_app_answers_to_the_public_host_and_the_listed_extras()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AllowedHosts"] = "localhost; intern.nvzh.local" }).Build();

        PublicAddress.AllowedHosts("https://onderzoek.nvzh.nl", configuration).Should().Equal("onderzoek.nvzh.nl", "localhost", "intern.nvzh.local");
    }

    [Fact]
    public void Outside_Development_the_host_filter_allows_only_the_public_host_and_the_mail_links_use_it()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Mail:LinkBaseUrl"] = "https://onderzoek.nvzh.nl" }).Build();
        var services = new ServiceCollection().AddSurveyPublicAddress(configuration, new HostingEnvironment { EnvironmentName = "Production" }).BuildServiceProvider();

        services.GetRequiredService<IOptions<HostFilteringOptions>>().Value.AllowedHosts.Should().Equal("onderzoek.nvzh.nl");
        services.GetRequiredService<IOptions<MailOptions>>().Value.LinkBaseUrl.Should().Be("https://onderzoek.nvzh.nl");
    }

    [Fact]
    public void The_real_app_does_not_start_in_Production_with_the_shipped_settings()
    {
        using var factory = new ProductionApp();

        var start = () => factory.CreateClient();

        start.Should().Throw<InvalidOperationException>()
            .Which.Message.Should().Contain("does not start in environment 'Production'")
            .And.Contain("Mail:LinkBaseUrl").And.Contain("shipped database password").And.Contain("DataProtection:CertificatePath").And.Contain("Seed:DemoData");
    }

    private static IReadOnlyList<string> Problems(Dictionary<string, string?> settings, string environment = "Production") =>
        StartupSettingsCheck.Problems(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), new HostingEnvironment { EnvironmentName = environment });

    private sealed class ProductionApp : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Seed:DemoData", "true");
            builder.UseSetting("ConnectionStrings:Survey", "Host=localhost;Database=nvzh_never_created;Username=nvzh;Password=nvzh");
        }
    }
}
