using System.Net;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests.Publication;

/// <summary>GET /api/v1/editions/{year}/publication.pdf: staff, board and administrators only.</summary>
[Collection(PublicationCollection.Name)]
public class PublicationEndpointTests(PublicationFixture publication)
{
    private const string Url = "/api/v1/editions/2024/publication.pdf";

    [Fact]
    public async Task Anonymous_callers_get_401_not_a_login_redirect()
    {
        var response = await publication.Factory.CreateBrowserlessClient().GetAsync(Url);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_member_gets_403()
    {
        await publication.Factory.CreateUserAsync("lid-pdf@nvzh.example", Roles.Member);
        var client = await publication.Factory.CreateSignedInClientAsync("lid-pdf@nvzh.example");

        var response = await client.GetAsync(Url);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_board_downloads_the_pdf_and_an_unknown_year_is_404()
    {
        await publication.Factory.CreateUserAsync("bestuur-pdf@nvzh.example", Roles.Board);
        var client = await publication.Factory.CreateSignedInClientAsync("bestuur-pdf@nvzh.example");

        var response = await client.GetAsync(Url);
        var unknown = await client.GetAsync("/api/v1/editions/1999/publication.pdf");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        response.Content.Headers.ContentDisposition!.FileName.Should().Be("NVZH-ledenonderzoek-2024.pdf");
        (await response.Content.ReadAsByteArrayAsync()).Length.Should().BeGreaterThan(10_000);
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
