using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Publication;

namespace NvzhSurvey.Core.Tests.Publication;

public class PublicationInputBuilderTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task The_2024_input_has_the_report_the_filled_in_texts_and_the_title()
    {
        await SeedDemoDataAsync();

        var input = await new PublicationInputBuilder(Database.CreateFactory()).BuildAsync(2024);

        input!.Title.Should().Be("Verdiepende interviews bij 25 zelfregie en herstelorganisaties met in totaal 118 locaties");
        input.Report.Chapters.Should().HaveCount(3);
        input.Text("introduction").Should().Contain("Van de 49 leden gaven 25 van hen hier gehoor aan").And.Contain("op 118 locaties");
        input.Text("chapter:funding_organisation").Should().Contain("Dit is 51% van alle leden").And.Contain("samen 206 locaties");
        input.Texts.Should().NotContain(t => t.Markdown.Contains('{'));
    }

    [Fact]
    public async Task The_appendix_names_only_consenting_participants_and_quotes_only_with_consent()
    {
        await SeedDemoDataAsync();
        var (named, quoting) = await ExecuteDbContextAsync(async db =>
        {
            var organisations = await db.Organisations.AsNoTracking().ToListAsync();
            return (organisations.Where(o => o.ConsentToBeNamed).ToList(), organisations.Where(o => o.ConsentToQuotes).ToList());
        });

        var appendix = (await new PublicationInputBuilder(Database.CreateFactory()).BuildAsync(2024))!.Appendix;

        appendix.Organisations.Select(o => (o.Name, o.City)).Should().BeEquivalentTo(named.Select(o => (o.Name, o.City)));
        appendix.Organisations.Should().HaveCountLessThan(25, "some demo organisations did not consent to be named");
        appendix.Organisations.Select(o => o.Name).Should().BeInAscendingOrder(StringComparer.Create(NvzhSurvey.Core.Reporting.DutchFormat.Culture, true));
        appendix.Quotes.Should().NotBeEmpty();
        appendix.Quotes.Select(q => q.OrganisationName).Should().BeSubsetOf(quoting.Select(o => o.Name));
    }

    [Fact]
    public async Task A_quote_of_an_organisation_that_may_not_be_named_is_published_without_its_name()
    {
        await SeedDemoDataAsync();
        var (name, quote) = await ExecuteDbContextAsync(async db =>
        {
            var response = await db.Responses.Include(r => r.Organisation).Where(r => r.Organisation!.ConsentToQuotes).OrderBy(r => r.Id).FirstAsync();
            response.Organisation!.ConsentToBeNamed = false;
            await db.SaveChangesAsync();
            return (response.Organisation.Name, response.Quote);
        });

        var appendix = (await new PublicationInputBuilder(Database.CreateFactory()).BuildAsync(2024))!.Appendix;

        appendix.Quotes.Should().Contain(q => q.Text == quote && q.OrganisationName == null && q.City == null);
        appendix.Quotes.Should().NotContain(q => q.OrganisationName == name);
        appendix.Organisations.Should().NotContain(o => o.Name == name);
    }
}
