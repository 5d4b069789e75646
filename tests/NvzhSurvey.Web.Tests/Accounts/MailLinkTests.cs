using System.Net;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests.Accounts;

/// <summary>
/// Links in mails come from Mail:LinkBaseUrl only. This app lets the forged host through its host filter (as a proxy
/// that forwards any Host header would), so the test shows that the link does not come from the request.
/// </summary>
public sealed class MailLinkTests : IAsyncLifetime
{
    private readonly SurveyAppFactory _factory = new() { SeedDemoData = false };

    public MailLinkTests() => _factory.Settings["AllowedHosts"] = "localhost;127.0.0.1;evil.example";

    public Task InitializeAsync() => _factory.StartAsync("nvzh_maillinks");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_forged_Host_header_does_not_change_the_link_in_the_reset_mail()
    {
        await _factory.CreateUserAsync("doelwit@nvzh.example", Roles.Administrator);
        var client = _factory.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Host = "evil.example";

        var response = await StaticForms.PostAsync(client, "/Account/ForgotPassword", "forgot-password", new() { ["Input.Email"] = "doelwit@nvzh.example" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var mail = StaticForms.LatestMailTo(_factory, "doelwit@nvzh.example");
        mail.Should().Contain(_factory.LinkBaseUrl + "/Account/ResetPassword?userId=").And.NotContain("evil.example");
    }
}

/// <summary>
/// Development without a configured address uses http://localhost:5080, not the request's host (before issue 11 the
/// link followed whatever Host header the request carried).
/// </summary>
public sealed class DevelopmentMailLinkTests : IAsyncLifetime
{
    private readonly SurveyAppFactory _factory = new() { SeedDemoData = false, EnvironmentName = "Development" };

    public DevelopmentMailLinkTests()
    {
        _factory.Settings["Mail:LinkBaseUrl"] = "";
        _factory.Settings["AllowedHosts"] = "*";
    }

    public Task InitializeAsync() => _factory.StartAsync("nvzh_devlinks");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_forged_Host_header_gives_a_link_to_the_local_default_address()
    {
        await _factory.CreateUserAsync("dev-doelwit@nvzh.example", Roles.Staff);
        var client = _factory.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Host = "evil.example";

        await StaticForms.PostAsync(client, "/Account/ForgotPassword", "forgot-password", new() { ["Input.Email"] = "dev-doelwit@nvzh.example" });

        StaticForms.LatestMailTo(_factory, "dev-doelwit@nvzh.example")
            .Should().Contain("http://localhost:5080/Account/ResetPassword?userId=").And.NotContain("evil.example");
    }
}
