using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Web.Features.Publication.Document;

/// <summary>The publication's wording of figures: "22 ZHO's (88%)", "Omzet gemiddeld per locatie (118): € 198.841".</summary>
public static class FigureWording
{
    /// <summary>"22 ZHO's (88%)", "1 ZHO (4%)".</summary>
    public static string Count(OptionFigure figure) => $"{DutchFormat.Organisations(figure.Count)} ({DutchFormat.Percent(figure.Percent)})";

    /// <summary>"Gemeente: 22 ZHO's (88%)".</summary>
    public static string Line(OptionFigure figure) => $"{figure.Label}: {Count(figure)}";

    /// <summary>"2023: 80% (+8)" for the margin comparison.</summary>
    public static string Previous(int previousYear, PreviousFigure previous) =>
        $"{previousYear}: {DutchFormat.Percent(previous.Percent)} ({DutchFormat.Change(previous.ChangePoints)})";

    public static string Locations(int count) => count == 1 ? "1 locatie" : $"{DutchFormat.Integer(count)} locaties";

    /// <summary>The accessible description of a chart: every option with count and percentage.</summary>
    public static string ChartLabel(string kind, string title, IEnumerable<OptionFigure> figures, int participants) =>
        $"{kind} ‘{title}’ van {DutchFormat.Organisations(participants)}: " + string.Join("; ", figures.Select(Line)) + ".";

    public static string Quantity(QuantityReport report, decimal value) =>
        report.Kind == QuestionKind.Money ? DutchFormat.Euro(value) : DutchFormat.Decimal(value, report.Decimals);

    /// <summary>The three key-figure lines of a money or decimal question, in the 2024 publication's wording.</summary>
    public static IReadOnlyList<(string Label, string Value)> KeyFigures(QuantityReport report)
    {
        var answered = report.Answered ?? report.Participants;
        var (total, perOrganisation, perLocation) = report.Key switch
        {
            "revenue" => ($"Omzet totaal {DutchFormat.Organisations(answered)}", $"Omzet gemiddeld per ZHO ({answered})", $"Omzet gemiddeld per locatie ({report.Locations})"),
            "fte" => ($"Totaal aantal fte {DutchFormat.Organisations(answered)}", $"Gemiddeld fte per ZHO ({answered})", $"Gemiddeld fte per locatie ({report.Locations})"),
            _ => ($"Totaal {DutchFormat.Organisations(answered)}", $"Gemiddeld per ZHO ({answered})", $"Gemiddeld per locatie ({report.Locations})"),
        };
        return
        [
            (total, Quantity(report, report.Total)),
            (perOrganisation, Quantity(report, report.AveragePerOrganisation)),
            (perLocation, Quantity(report, report.AveragePerLocation)),
        ];
    }
}
