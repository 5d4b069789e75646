using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Publication;
using NvzhSurvey.Core.Reporting;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests.Publication;

/// <summary>/publicaties/{year}: anonymous, only for a published edition whose public page is switched on, from the snapshot.</summary>
public sealed class PublicWebEditionTests : IAsyncLifetime
{
    private readonly SurveyAppFactory _factory = new() { Settings = { ["Publication:ChromiumPath"] = PublicationFixture.ChromiumPath } };

    public Task InitializeAsync() => _factory.StartAsync("nvzh_pub_web");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static ClaimsPrincipal User(string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, role + "@nvzh.example"), new Claim(ClaimTypes.Role, role)], "test"));

    /// <summary>
    /// The demo publishes 2024 and switches its public page on; these tests start from the year before that
    /// happened: 2024 closed, its public page off (the snapshots stay, a new publication adds the latest one).
    /// </summary>
    private async Task Return2024ToClosedAsync()
    {
        await using var db = _factory.Database.CreateDbContext();
        var edition = await db.Editions.SingleAsync(e => e.Year == 2024);
        edition.Status = NvzhSurvey.Core.Editions.EditionStatus.Closed;
        edition.PublicPageEnabled = false;
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task The_demo_serves_its_published_2024_edition_publicly_and_not_the_open_2025()
    {
        using var client = _factory.CreateBrowserlessClient();
        (await client.GetAsync("/publicaties/2024")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/publicaties/2025")).StatusCode.Should().Be(HttpStatusCode.NotFound, "2025 is open, not published");
    }

    [Fact]
    public async Task The_public_page_is_refused_for_an_unpublished_edition_and_until_it_is_switched_on()
    {
        await Return2024ToClosedAsync();
        using var client = _factory.CreateBrowserlessClient();
        using var scope = _factory.Services.CreateScope();
        var editions = scope.ServiceProvider.GetRequiredService<PublicWebEditions>();

        (await client.GetAsync("/publicaties/2024")).StatusCode.Should().Be(HttpStatusCode.NotFound, "2024 is closed, not published");
        var refused = await editions.SetPublicPageAsync(2024, true, User(Roles.Board));
        refused.Succeeded.Should().BeFalse();
        refused.Error.Should().Be(PublicWebEditions.OnlyPublishedMessage);

        await scope.ServiceProvider.GetRequiredService<PublicationSnapshots>().PublishAsync(2024, "bestuur@nvzh.example");
        (await client.GetAsync("/publicaties/2024")).StatusCode.Should().Be(HttpStatusCode.NotFound, "the public page is off by default");
        (await editions.SetPublicPageAsync(2024, true, User(Roles.Member))).Succeeded.Should().BeFalse("members cannot switch it on");

        (await editions.SetPublicPageAsync(2024, true, User(Roles.Board))).Succeeded.Should().BeTrue();
        var page = await client.GetAsync("/publicaties/2024");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.Should().Contain("<h1 id=\"h-inleiding\">Inleiding</h1>").And.Contain("class=\"figure-data\"")
            .And.Contain("<th scope=\"row\">Gemeente</th><td>22</td><td>88%</td>", "every chart has its numbers as a table")
            .And.Contain("/publicaties/2024/publicatie.pdf").And.Contain("name=\"viewport\"").And.NotContain("<script");
        await File.WriteAllTextAsync(Path.Combine(PublicationFixture.ArtifactsDirectory, "publicatie-2024-web.html"), html);
        (await client.GetStringAsync("/publicaties/2024/cijfers.csv")).Should().Contain("funding_sources");
        (await client.GetStringAsync("/publicaties/2024/cijfers.json")).Should().Contain("\"total_locations\"");

        (await editions.SetPublicPageAsync(2024, false, User(Roles.Staff))).Succeeded.Should().BeTrue();
        (await client.GetAsync("/publicaties/2024")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/publicaties/2024/cijfers.csv")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_hidden_free_text_never_appears_on_the_public_page_nor_in_its_open_data()
    {
        await Return2024ToClosedAsync();
        string hiddenText;
        using (var scope = _factory.Services.CreateScope())
        {
            var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<SurveyDbContext>>().CreateDbContextAsync();
            var text = await db.FreeTexts.Where(t => db.Responses.Any(r => r.Id == t.ResponseId && r.Edition!.Year == 2024)).OrderBy(t => t.Id).FirstAsync();
            // One organisation's text, made unique so that no other organisation says the same.
            text.Text = "Verborgen tekst die nooit openbaar wordt";
            await db.SaveChangesAsync();
            hiddenText = text.Text;
            (await scope.ServiceProvider.GetRequiredService<FreeTextVisibility>().SetHiddenAsync(Actor.System(), 2024, [text.Id], hidden: true)).Succeeded.Should().BeTrue();
            await scope.ServiceProvider.GetRequiredService<PublicationSnapshots>().PublishAsync(2024, "medewerker@nvzh.example");
            (await scope.ServiceProvider.GetRequiredService<PublicWebEditions>().SetPublicPageAsync(2024, true, User(Roles.Staff))).Succeeded.Should().BeTrue();
        }

        using var client = _factory.CreateBrowserlessClient();
        foreach (var url in new[] { "/publicaties/2024", "/publicaties/2024/cijfers.csv", "/publicaties/2024/cijfers.json" })
        {
            var body = await client.GetStringAsync(url);
            body.Should().NotContain(hiddenText, $"{url} is made from the snapshot, which has no hidden texts");
        }

        using var staff = await _factory.CreateSignedInClientAsync("medewerker@nvzh.example");
        (await staff.GetStringAsync("/api/v1/editions/2024/report")).Should().NotContain(hiddenText);
    }
}
