using NvzhSurvey.Core.Benchmarks;
using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Web.Features.Benchmarks;

/// <summary>The benchmark's numbers and words for people (nl-NL), shared by the page and the PDF.</summary>
public static class BenchmarkFormat
{
    public static string Number(BenchmarkFigureDefinition figure, decimal? value) => value is not { } v
        ? "—"
        : figure.IsEuro ? DutchFormat.Euro(v) : DutchFormat.Decimal(v, figure.Decimals);

    public static string Position(BenchmarkPosition? position) => position switch
    {
        BenchmarkPosition.Laag => "laag",
        BenchmarkPosition.Midden => "midden",
        BenchmarkPosition.Hoog => "hoog",
        _ => "—",
    };

    /// <summary>The strip chart's text equivalent.</summary>
    public static string Sentence(BenchmarkFigure figure)
    {
        var d = figure.Definition;
        if (figure.Suppressed)
        {
            return $"{figure.Label}: uw waarde {Number(d, figure.Value)}. Niet vergeleken: minder dan {BenchmarkFigures.MinimumPopulation} organisaties gaven dit antwoord.";
        }

        var own = figure.Value is null ? "u gaf dit niet op" : $"uw waarde {Number(d, figure.Value)} ({Position(figure.Position)})";
        return $"{figure.Label}: {own}; mediaan {Number(d, figure.Median)}, middelste helft van {Number(d, figure.P25)} tot {Number(d, figure.P75)} (n = {figure.N}).";
    }

    /// <summary>"U: Gemeente, Fondsen — in het netwerk: Gemeente 22 ZHO's (88%), Fondsen 15 ZHO's (60%)".</summary>
    public static string ChoiceSentence(BenchmarkChoiceQuestion question)
    {
        var chosen = question.Options.Where(o => o.Chosen).ToList();
        var you = chosen.Count > 0 ? string.Join(", ", chosen.Select(o => o.Label)) : question.NoneOfThese ? "geen van deze" : "niet beantwoord";
        if (question.Suppressed)
        {
            return $"U: {you}.";
        }

        var network = chosen.Count > 0
            ? " — in het netwerk: " + string.Join(", ", chosen.Select(o => $"{o.Label} {DutchFormat.Organisations(o.Count ?? 0)} ({DutchFormat.Percent(o.Percent ?? 0)})"))
            : "";
        return $"U: {you}{network}";
    }

    public static string Option(BenchmarkOption option) =>
        option.Count is { } count ? $"{DutchFormat.Organisations(count)} ({DutchFormat.Percent(option.Percent ?? 0)})" : "—";
}
