using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Bunit.TestDoubles;
using MudBlazor;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Publication;
using NvzhSurvey.Web.Features.Publication.Pages;

namespace NvzhSurvey.Web.Tests.Publication;

/// <summary>
/// The branding page (/beheer/huisstijl) against the app's PostgreSQL database: the accent colour and the logo
/// upload (PNG kept, SVG sanitised, anything else refused). Each test starts and ends with no branding row.
/// </summary>
[Collection(AppCollection.Name)]
public class PublicationBrandingPageTests : ComponentTest
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    // A complete 1×1 PNG (signature, IHDR, IDAT, IEND).
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private const string HostileSvg = """
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
          <script>alert(2)</script>
          <rect width="10" height="10" fill="#0f6e78" onclick="steal()"/>
          <image href="https://evil.example/tracker.png" width="1" height="1"/>
          <use xlink:href="https://evil.example/sprite.svg#a"/>
          <a href="javascript:alert(3)"><circle r="1" fill="url(https://evil.example/p)"/></a>
        </svg>
        """;

    private readonly AppFixture _app;
    private readonly BunitAuthorizationContext _authorization;

    public PublicationBrandingPageTests(AppFixture app)
    {
        _app = app;
        Context.Services.AddSingleton(_app.Factory.Database.CreateFactory(new SystemActor("beheer@nvzh.example")));
        Context.Services.AddSingleton(TimeProvider.System);
        Context.Services.AddScoped<PublicationBrandingService>();
        _authorization = Context.AddAuthorization();
        _authorization.SetAuthorized("beheer@nvzh.example");
        _authorization.SetRoles(Roles.Administrator);
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ResetBrandingAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await ResetBrandingAsync();
    }

    [Fact]
    public async Task An_administrator_saves_an_accent_colour_and_a_malformed_one_is_refused_in_Dutch()
    {
        var snackbar = Context.Render<MudSnackbarProvider>();
        var page = RenderPage();

        await SetColourAsync(page, "#AA3300");
        page.Find("[data-testid=save-accent]").Click();
        snackbar.WaitForAssertion(() => snackbar.Markup.Should().Contain("De accentkleur is opgeslagen."), Timeout);
        (await StoredAsync())!.AccentColour.Should().Be("#aa3300");
        // After saving, the page reloads the stored colour (lower case); wait for it, or it would overwrite the next input.
        page.WaitForAssertion(() => page.Markup.Should().Contain("background:#aa3300"), Timeout);

        await SetColourAsync(page, "rood");
        page.Find("[data-testid=save-accent]").Click();
        snackbar.WaitForAssertion(() => snackbar.Markup.Should().Contain("Geef de kleur op als #rrggbb"), Timeout);
        (await StoredAsync())!.AccentColour.Should().Be("#aa3300", "a malformed colour is not stored");
    }

    [Fact]
    public async Task A_png_logo_is_stored_as_it_is_and_shown_on_the_page()
    {
        var page = RenderPage();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Png, "logo.png", contentType: "image/png"));

        page.WaitForAssertion(() => page.Find("img[alt='Huidig logo']").GetAttribute("src")
            .Should().Be("data:image/png;base64," + Convert.ToBase64String(Png)), Timeout);
        var stored = (await StoredAsync())!;
        stored.Logo.Should().Equal(Png);
        stored.LogoContentType.Should().Be(LogoSanitiser.Png);
    }

    [Fact]
    public async Task An_svg_logo_is_stored_without_scripts_event_handlers_and_external_references()
    {
        var page = RenderPage();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(HostileSvg, "logo.svg", contentType: "image/svg+xml"));

        page.WaitForAssertion(() => page.Find("img[alt='Huidig logo']").GetAttribute("src").Should().StartWith("data:image/svg+xml;base64,"), Timeout);
        var stored = (await StoredAsync())!;
        stored.LogoContentType.Should().Be(LogoSanitiser.Svg);
        var svg = Encoding.UTF8.GetString(stored.Logo!);
        svg.Should().Contain("<rect", "the drawing itself is kept")
            .And.NotContainAny(["<script", "alert(", "onload", "onclick", "evil.example", "javascript:"]);
        var shown = page.Find("img[alt='Huidig logo']").GetAttribute("src")!["data:image/svg+xml;base64,".Length..];
        Encoding.UTF8.GetString(Convert.FromBase64String(shown)).Should().Be(svg, "the page shows the sanitised logo, not the upload");
    }

    [Fact]
    public async Task Any_other_file_is_refused_in_Dutch_and_the_logo_stays()
    {
        var snackbar = Context.Render<MudSnackbarProvider>();
        var page = RenderPage();
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Png, "logo.png", contentType: "image/png"));
        page.WaitForElement("img[alt='Huidig logo']", Timeout);

        byte[] gif = [.. "GIF89a"u8, 1, 0, 1, 0, 0, 0, 0];
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(gif, "logo.gif", contentType: "image/gif"));
        snackbar.WaitForAssertion(() => snackbar.Markup.Should().Contain("Alleen een PNG- of SVG-bestand kan als logo dienen."), Timeout);

        (await StoredAsync())!.Logo.Should().Equal(Png, "a refused upload leaves the logo as it was");
    }

    [Fact]
    public async Task A_staff_member_who_reaches_the_page_cannot_change_the_branding()
    {
        _authorization.SetRoles(Roles.Staff);
        var snackbar = Context.Render<MudSnackbarProvider>();
        var page = RenderPage();

        await SetColourAsync(page, "#123456");
        page.Find("[data-testid=save-accent]").Click();
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Png, "logo.png", contentType: "image/png"));

        snackbar.WaitForAssertion(() => snackbar.Markup.Should().Contain("Alleen een beheerder kan de huisstijl van de publicatie wijzigen."), Timeout);
        (await StoredAsync()).Should().BeNull("the service itself refuses anyone but an administrator");
    }

    private IRenderedComponent<PublicationBrandingPage> RenderPage()
    {
        var page = Context.Render<PublicationBrandingPage>();
        page.WaitForElement("[data-testid=save-accent]", Timeout);
        return page;
    }

    /// <summary>
    /// Types a colour and waits until the page holds it (the swatch beside the field shows it, or "transparent" for a
    /// malformed one), so a click on "Opslaan" saves this colour and not the one the field had a moment before.
    /// </summary>
    private static Task SetColourAsync(IRenderedComponent<PublicationBrandingPage> page, string colour)
    {
        page.Find("[data-testid=accent-colour] input, input[data-testid=accent-colour]").Change(colour);
        var swatch = System.Text.RegularExpressions.Regex.IsMatch(colour, "^#[0-9a-fA-F]{6}$") ? colour : "transparent";
        page.WaitForAssertion(() => page.Markup.Should().Contain($"background:{swatch}"), Timeout);
        return Task.CompletedTask;
    }

    private async Task<PublicationBranding?> StoredAsync()
    {
        await using var db = _app.Factory.Database.CreateDbContext();
        return await db.PublicationBrandings.AsNoTracking().SingleOrDefaultAsync();
    }

    private async Task ResetBrandingAsync()
    {
        await using var db = _app.Factory.Database.CreateDbContext();
        await db.PublicationBrandings.ExecuteDeleteAsync();
    }
}
