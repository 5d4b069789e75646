using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Interviews;
using NvzhSurvey.Core.Time;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Tests.Interviews;

namespace NvzhSurvey.Core.Tests.Organisations;

/// <summary>The organisation page's history, worded like the interview history.</summary>
public class OrganisationHistoryTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private OrganisationService Organisations => new(Database.CreateFactory(new InterviewTestData.Staff()), TimeProvider.System);

    [Fact]
    public async Task Each_save_is_one_entry_newest_first_with_dutch_field_names_nl_values_and_the_display_name()
    {
        await InsertAsync(new AppUser { Id = "staff-1", UserName = "medewerker@nvzh.example", Email = "medewerker@nvzh.example", DisplayName = "Anne de Vries" });
        var (created, id) = await Organisations.CreateAsync(Actor.System(), new OrganisationForm { Name = "Stichting Proef", City = "Lindehoven", FoundedYear = 2010 });
        created.Succeeded.Should().BeTrue();
        var form = OrganisationForm.From((await Organisations.GetAsync(id))!.Organisation);
        form.FoundedYear = 2012;
        form.LegalForm = LegalForm.PartOf;
        form.ParentEntityName = "Welzijn Lindehoven";
        form.ConsentToBeNamed = true;
        (await Organisations.UpdateAsync(Actor.System(), id, form)).Succeeded.Should().BeTrue();
        (await Organisations.AddLocationAsync(Actor.System(), id, new LocationForm { Name = "Inloop Zuid", Province = Province.Gelderland, DaypartsPerWeek = 4 })).Succeeded.Should().BeTrue();

        var history = await new OrganisationHistory(Database.CreateFactory()).LoadAsync(id);

        history.Should().HaveCount(3);
        history.Should().OnlyContain(e => e.Who == "Anne de Vries" && e.When == DutchTime.Format(e.At));
        history.Select(e => e.At).Should().BeInDescendingOrder();
        history[0].Changes.Should().ContainEquivalentOf(new HistoryChange(null, "Locatie toegevoegd", null, "Inloop Zuid"));
        history[1].Changes.Should().BeEquivalentTo(new[]
        {
            new HistoryChange(null, "Oprichtingsjaar", "2010", "2012"),
            new HistoryChange(null, "Rechtsvorm", null, "onderdeel van een andere organisatie"),
            new HistoryChange(null, "Onderdeel van", null, "Welzijn Lindehoven"),
            new HistoryChange(null, "Toestemming om genoemd te worden", "nee", "ja"),
        });
        history[2].Changes.Should().ContainSingle(c => c.What == "Organisatie aangemaakt" && c.New == "Stichting Proef");
        history.SelectMany(e => e.Changes).Should().NotContain(c => c.What.Contains("FoundedYear") || (c.New ?? "").Contains("PartOf"), "no property or enum names");
    }

    [Fact]
    public async Task A_closed_location_reads_as_gesloten_with_a_dutch_date()
    {
        var (_, id) = await Organisations.CreateAsync(Actor.System(), new OrganisationForm { Name = "Stichting Proef" });
        (await Organisations.AddLocationAsync(Actor.System(), id, new LocationForm { Name = "Huiskamer Noord", Province = Province.Utrecht, DaypartsPerWeek = 8 })).Succeeded.Should().BeTrue();
        var location = (await Organisations.GetAsync(id))!.Organisation.Locations.Single();
        (await Organisations.CloseLocationAsync(Actor.System(), location.Id, location.Version, new DateOnly(2025, 3, 15))).Succeeded.Should().BeTrue();

        var history = await new OrganisationHistory(Database.CreateFactory()).LoadAsync(id);

        history[0].Changes.Should().BeEquivalentTo(new[]
        {
            new HistoryChange(null, "Locatie Huiskamer Noord – status", "open", "gesloten"),
            new HistoryChange(null, "Locatie Huiskamer Noord – gesloten op", null, "15-03-2025"),
        });
    }
}
