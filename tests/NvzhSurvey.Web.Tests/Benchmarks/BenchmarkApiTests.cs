using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Benchmarks;
using NvzhSurvey.Web.Tests.Api;
using UglyToad.PdfPig;

namespace NvzhSurvey.Web.Tests.Benchmarks;

/// <summary>GET /api/v1/editions/{year}/benchmarks/{organisationKey}, and the PDF, on the demo's published 2024.</summary>
[Collection(ApiCollection.Name)]
public class BenchmarkApiTests(ApiFixture api)
{
    private static readonly string[] FigureKeys =
        ["fte", "revenue", "locations", "organisation_age", "activity_count", "fte_per_location", "revenue_per_location", "revenue_per_fte"];

    [Fact]
    public async Task A_full_token_gets_the_benchmark_in_the_issues_shape_with_the_models_rounded_numbers()
    {
        var client = await api.TokenClientAsync(ApiTokenScope.Full);
        var expected = (await new BenchmarkQuery(api.Factory.Database.CreateFactory()).GetAsync(Actor.System(), 2024, "demo-03")).Benchmark!;

        var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/editions/2024/benchmarks/demo-03")).RootElement;

        json.EnumerateObject().Select(p => p.Name).Should().Equal("organisation", "edition", "figures", "choices");
        json.GetProperty("organisation").GetProperty("key").GetString().Should().Be("demo-03");
        json.GetProperty("organisation").GetProperty("name").GetString().Should().Be(expected.Organisation.Name);
        json.GetProperty("edition").GetInt32().Should().Be(2024);
        var figures = json.GetProperty("figures").EnumerateArray().ToList();
        figures.Select(f => f.GetProperty("key").GetString()).Should().Equal(FigureKeys);
        foreach (var (figure, model) in figures.Zip(expected.Figures))
        {
            figure.EnumerateObject().Select(p => p.Name).Should().Equal("key", "label", "value", "n", "median", "p25", "p75", "position", "previous", "suppressed");
            figure.GetProperty("median").ValueKind.Should().Be(JsonValueKind.Number);
            figure.GetProperty("median").GetDecimal().Should().Be(model.Median!.Value);
            figure.GetProperty("p25").GetDecimal().Should().Be(model.P25!.Value);
            figure.GetProperty("p75").GetDecimal().Should().Be(model.P75!.Value);
            figure.GetProperty("value").GetDecimal().Should().Be(model.Value!.Value);
            figure.GetProperty("n").GetInt32().Should().Be(25);
            figure.GetProperty("position").GetString().Should().BeOneOf("laag", "midden", "hoog");
        }

        var choice = json.GetProperty("choices").EnumerateArray().First();
        choice.EnumerateObject().Select(p => p.Name).Should().Equal("question", "chosen", "options");
        choice.GetProperty("options").EnumerateArray().First().EnumerateObject().Select(p => p.Name)
            .Should().Equal("key", "label", "count", "percent", "chosen");
    }

    [Fact]
    public void A_suppressed_figure_leaves_out_median_percentiles_and_position()
    {
        var definition = BenchmarkFigures.All[0];
        var model = new OrganisationBenchmark(new BenchmarkOrganisation("x", "X"), 2024, null, true, new BenchmarkKeyFigures(5, 5, 5, 5),
            [new BenchmarkFigure(definition, 1.5m, 5, null, null, null, null, null, true)], []);

        var json = JsonSerializer.SerializeToElement(Web.Features.Benchmarks.BenchmarkJson.From(model));

        json.GetProperty("figures")[0].EnumerateObject().Select(p => p.Name).Should().Equal("key", "label", "value", "n", "previous", "suppressed");
    }

    [Fact]
    public async Task Read_only_tokens_members_and_the_board_are_refused_without_any_figure()
    {
        var readOnly = await api.TokenClientAsync(ApiTokenScope.ReadReports);
        await using var db = api.CreateDbContext();
        var name = await db.Organisations.Where(o => o.Key == "demo-02").Select(o => o.Name).SingleAsync();

        foreach (var client in new[] { readOnly, api.Member, api.Board })
        {
            using var response = await client.GetAsync("/api/v1/editions/2024/benchmarks/demo-02");
            response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
            var body = await response.Content.ReadAsStringAsync();
            body.Should().NotContain(name).And.NotContain("median");
        }
    }

    [Fact]
    public async Task The_pdf_text_contains_the_organisation_and_its_figures()
    {
        var expected = (await new BenchmarkQuery(api.Factory.Database.CreateFactory()).GetAsync(Actor.System(), 2024, "demo-03")).Benchmark!;

        using var response = await api.Staff.GetAsync("/edities/2024/vergelijkingen/demo-03/pdf");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        // PdfPig joins wrapped lines without a space: compare without white space.
        static string Compact(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
        var text = Compact(string.Join("", pdf.GetPages().Select(p => p.Text)));
        text.Should().Contain("Uworganisatievergeleken").And.Contain(Compact(expected.Organisation.Name));
        foreach (var figure in expected.Figures)
        {
            // Label, own value, median and P25 – P75 in the row's order.
            var d = figure.Definition;
            text.Should().Contain(Compact($"{figure.Label}n = 25{Web.Features.Benchmarks.BenchmarkFormat.Number(d, figure.Value)}"
                + $"{Web.Features.Benchmarks.BenchmarkFormat.Number(d, figure.Median)}{Web.Features.Benchmarks.BenchmarkFormat.Number(d, figure.P25)}"
                + $" – {Web.Features.Benchmarks.BenchmarkFormat.Number(d, figure.P75)}"));
        }
    }
}
