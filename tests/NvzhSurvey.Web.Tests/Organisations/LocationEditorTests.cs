using Bunit;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Web.Features.Organisations;

namespace NvzhSurvey.Web.Tests.Organisations;

public class LocationEditorTests : ComponentTest
{
    [Fact]
    public void Dayparts_outside_0_to_21_and_a_missing_province_are_explained_in_Dutch_and_not_saved()
    {
        LocationForm? saved = null;
        var model = new LocationForm { Name = "Huiskamer", DaypartsPerWeek = 22 };
        var editor = Context.Render<LocationEditor>(p => p.Add(c => c.Model, model).Add(c => c.OnSave, f => saved = f));

        editor.FindAll(".mud-alert").Should().BeEmpty("there is no error before saving");
        editor.Find("form").Submit();

        editor.Markup.Should().Contain("Vul een aantal dagdelen in van 0 tot en met 21.").And.Contain("Kies een provincie.");
        saved.Should().BeNull();
    }

    [Fact]
    public void A_valid_location_is_handed_to_the_page_and_a_refusal_is_shown()
    {
        LocationForm? saved = null;
        var model = new LocationForm { Name = "Huiskamer", Province = Province.Utrecht, DaypartsPerWeek = 21, Premises = PremisesKind.Hosted, HostedAt = "Bibliotheek" };
        var editor = Context.Render<LocationEditor>(p => p.Add(c => c.Model, model).Add(c => c.OnSave, f => saved = f));

        editor.Markup.Should().Contain("Te gast bij (bijvoorbeeld bibliotheek)");
        editor.Find("form").Submit();
        saved.Should().BeSameAs(model);

        editor.Render(p => p.Add(c => c.Error, "Deze locatie bestaat niet."));
        editor.Find(".mud-alert").TextContent.Should().Contain("Deze locatie bestaat niet.");
    }
}
