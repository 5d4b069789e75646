using System.Net;

namespace NvzhSurvey.Web.Tests.Hosting;

[Collection(AppCollection.Name)]
public class HostFilteringTests(AppFixture app)
{
    [Fact]
    public async Task Outside_Development_a_request_for_another_host_than_the_public_address_is_refused()
    {
        var client = app.Factory.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Host = "evil.example";

        var response = await client.GetAsync("/Account/ForgotPassword");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_public_address_s_host_is_served()
    {
        (await app.Factory.CreateBrowserlessClient().GetAsync("/Account/Login")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
