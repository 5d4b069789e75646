using System.Net;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Editions;

namespace NvzhSurvey.Web.Tests.Interviews;

/// <summary>
/// The interview page's first response (prerendered, before the circuit loads the form, ADR 019) already names the
/// organisation in its heading, breadcrumb and the tab's title.
/// </summary>
[Collection(AppCollection.Name)]
public class InterviewPageHeadingTests(AppFixture app)
{
    [Fact]
    public async Task The_first_response_names_the_organisation_while_the_form_loads()
    {
        await using var db = app.Factory.Database.CreateDbContext();
        var organisation = await db.Organisations.Where(o => o.Key == "demo-03").Select(o => new { o.Id, o.Name }).SingleAsync();
        var year = await db.Editions.Where(e => e.Status == EditionStatus.Open).Select(e => e.Year).MaxAsync();
        using var staff = await app.Factory.CreateSignedInClientAsync("medewerker@nvzh.example");

        using var response = await staff.GetAsync($"/edities/{year}/interviews/{organisation.Id}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain($"<title>Interview {organisation.Name} · {year} · NVZH Ledenonderzoek</title>");
        html.Should().MatchRegex($@"<h1[^>]*>\s*Interview {System.Text.RegularExpressions.Regex.Escape(organisation.Name)}\s*</h1>");
        html.Should().Contain("Het formulier wordt geladen", "the form itself is loaded by the circuit");
    }
}
