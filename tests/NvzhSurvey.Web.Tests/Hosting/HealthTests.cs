using System.Net;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests.Hosting;

[Collection(AppCollection.Name)]
public class HealthTests(AppFixture app)
{
    [Fact]
    public async Task Health_answers_200_when_the_database_is_reachable()
    {
        var response = await app.Factory.CreateBrowserlessClient().GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Health_answers_503_when_the_database_is_not_reachable()
    {
        await using var factory = new SurveyAppFactory { SeedDemoData = false };
        await factory.StartAsync("nvzh_health");
        // The database disappears while the app runs.
        await factory.Database.DisposeAsync();

        var response = await factory.CreateBrowserlessClient().GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
    }
}
