using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Web.Features.Publication.Pages;

namespace NvzhSurvey.Web.Tests.Publication;

/// <summary>The texts editor of the open 2025 edition against the app's PostgreSQL database (its closing text).</summary>
[Collection(AppCollection.Name)]
public class EditionTextsEditorTests : ComponentTest
{
    private const string Field = "[data-testid=text-closing] textarea, textarea[data-testid=text-closing]";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly AppFixture _app;

    public EditionTextsEditorTests(AppFixture app)
    {
        _app = app;
        Context.Services.AddSingleton(_app.Factory.Database.CreateFactory(new SystemActor("medewerker@nvzh.example")));
        Context.Services.AddSingleton(TimeProvider.System);
        Context.Services.AddScoped<EditionService>();
        Context.Services.AddScoped<NvzhSurvey.Core.Reporting.ReportBuilder>();
        Context.Services.AddScoped<EditionTextsLoader>();
        Context.Services.AddScoped<NvzhSurvey.Web.Features.Accounts.ActorResolver>();
        var authorization = Context.AddAuthorization();
        authorization.SetAuthorized("Mila Medewerker");
        authorization.SetRoles(NvzhSurvey.Core.Accounts.Roles.Staff);
        authorization.SetClaims(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, "staff-1"));
    }

    [Fact]
    public async Task A_save_over_a_colleagues_change_is_refused_in_Dutch_and_the_input_stays()
    {
        var editor = Render();
        Type(editor, "Mijn slotwoord.");

        await SaveAsColleagueAsync("Slotwoord van een collega.");
        editor.Find("[data-testid=save-texts]").Click();

        editor.WaitForAssertion(() => editor.Find("[data-testid=texts-error]").TextContent.Should().Be(EditionService.TextConflictMessage), Timeout);
        editor.Find(Field).GetAttribute("value").Should().Be("Mijn slotwoord.");
        editor.Markup.Should().Contain("Niet opgeslagen wijzigingen: Tot slot");
        (await StoredClosingAsync()).Should().Be("Slotwoord van een collega.");
    }

    [Fact]
    public async Task Saving_twice_from_the_same_page_is_not_a_conflict()
    {
        var editor = Render();

        Type(editor, "Eerste slotwoord.");
        editor.Find("[data-testid=save-texts]").Click();
        editor.WaitForAssertion(() => editor.Markup.Should().NotContain("Niet opgeslagen wijzigingen"), Timeout);
        Type(editor, "Tweede slotwoord.");
        editor.Find("[data-testid=save-texts]").Click();

        editor.WaitForAssertion(() => editor.Markup.Should().NotContain("Niet opgeslagen wijzigingen"), Timeout);
        editor.FindAll("[data-testid=texts-error]").Should().BeEmpty();
        (await StoredClosingAsync()).Should().Be("Tweede slotwoord.");
    }

    [Fact]
    public void Leaving_with_unsaved_changes_asks_first_and_Blijven_keeps_the_page()
    {
        var provider = Context.Render<MudDialogProvider>();
        var editor = Render();
        var navigation = Context.Services.GetRequiredService<BunitNavigationManager>();
        var start = navigation.Uri;
        Type(editor, "Een slotwoord dat nog niet is opgeslagen.");

        editor.FindComponent<NavigationLock>().Instance.ConfirmExternalNavigation.Should().BeTrue("closing the tab or reloading warns too");
        AskToLeave(editor, provider, navigation);
        Answer(provider, "Blijven");

        editor.WaitForAssertion(() => navigation.History.Should().ContainSingle().Which.State.Should().Be(NavigationState.Prevented), Timeout);
        navigation.Uri.Should().Be(start);
        editor.Find(Field).GetAttribute("value").Should().Be("Een slotwoord dat nog niet is opgeslagen.", "the input is still there");
    }

    [Fact]
    public void Leaving_with_unsaved_changes_and_choosing_Verlaten_leaves_the_page()
    {
        var provider = Context.Render<MudDialogProvider>();
        var editor = Render();
        var navigation = Context.Services.GetRequiredService<BunitNavigationManager>();
        Type(editor, "Een slotwoord dat nog niet is opgeslagen.");

        AskToLeave(editor, provider, navigation);
        Answer(provider, "Verlaten zonder opslaan");

        editor.WaitForAssertion(() => navigation.Uri.Should().EndWith("/edities"), Timeout);
    }

    /// <summary>Starts a navigation away and waits until the editor's question is on screen with its buttons.</summary>
    private static void AskToLeave(IRenderedComponent<EditionTextsEditor> editor, IRenderedComponent<MudDialogProvider> provider,
        BunitNavigationManager navigation)
    {
        _ = editor.InvokeAsync(() => navigation.NavigateTo("/edities"));
        provider.WaitForAssertion(() => provider.FindAll("button").Should().Contain(b => b.TextContent.Trim() == "Verlaten zonder opslaan")
            .And.Contain(b => b.TextContent.Trim() == "Blijven"), Timeout);
    }

    [Fact]
    public void Without_unsaved_changes_the_editor_lets_one_leave_without_asking()
    {
        var provider = Context.Render<MudDialogProvider>();
        var editor = Render();
        var navigation = Context.Services.GetRequiredService<BunitNavigationManager>();

        editor.FindComponent<NavigationLock>().Instance.ConfirmExternalNavigation.Should().BeFalse();
        editor.InvokeAsync(() => navigation.NavigateTo("/edities"));

        editor.WaitForAssertion(() => navigation.Uri.Should().EndWith("/edities"), Timeout);
        provider.Markup.Should().NotContain("Niet opgeslagen wijzigingen");
    }

    /// <summary>
    /// Clicks the dialog's button until the dialog has closed: in a loaded full run a click that lands while the
    /// dialog is still being set up can go unheard (seen as a navigation that never went on), so it is repeated
    /// rather than assumed. A second click cannot land on anything else: the button is gone once it was heard.
    /// </summary>
    private static void Answer(IRenderedComponent<MudDialogProvider> provider, string text) =>
        provider.WaitForAssertion(() =>
        {
            if (provider.FindAll("button").FirstOrDefault(b => b.TextContent.Trim() == text) is { } button)
            {
                provider.InvokeAsync(() => button.ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs())).Wait();
            }

            provider.FindAll("button").Should().NotContain(b => b.TextContent.Trim() == text, "the question closes once answered");
        }, Timeout);

    private IRenderedComponent<EditionTextsEditor> Render()
    {
        var editor = Context.Render<EditionTextsEditor>(p => p.Add(c => c.Year, 2025));
        editor.WaitForElement("[data-testid=save-texts]", Timeout);
        // The closing text is the last tab (the tab bar renders again once its panels have registered).
        editor.WaitForAssertion(() => editor.InvokeAsync(() => editor.FindAll(".mud-tab")[^1].Click()).Wait(), Timeout);
        editor.WaitForElement(Field, Timeout);
        return editor;
    }

    private static void Type(IRenderedComponent<EditionTextsEditor> editor, string text)
    {
        editor.Find(Field).Input(text);
        // The field is debounced (300 ms) before the form sees the change.
        editor.WaitForAssertion(() => editor.Find("[data-testid=save-texts]").HasAttribute("disabled").Should().BeFalse(), Timeout);
    }

    private async Task SaveAsColleagueAsync(string markdown)
    {
        await using var db = _app.Factory.Database.CreateDbContext(new SystemActor("collega@nvzh.example"));
        var text = await db.EditionTexts.SingleAsync(t => t.Key == DefaultEditionTexts.Closing && db.Editions.Any(e => e.Id == t.EditionId && e.Year == 2025));
        text.Markdown = markdown;
        await db.SaveChangesAsync();
    }

    private async Task<string> StoredClosingAsync()
    {
        await using var db = _app.Factory.Database.CreateDbContext();
        return await db.EditionTexts.Where(t => t.Key == DefaultEditionTexts.Closing && db.Editions.Any(e => e.Id == t.EditionId && e.Year == 2025))
            .Select(t => t.Markdown).SingleAsync();
    }
}
