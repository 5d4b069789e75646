using System.Globalization;
using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Web.Features.Publication.Document;

/// <summary>Segments of a donut drawn as dashed circle strokes (one circle per option, starting at 12 o'clock).</summary>
public static class DonutGeometry
{
    public const double Radius = 15.915494309189533; // circumference 100: dash lengths are percentages
    public const double Circumference = 100;

    public sealed record Segment(string Colour, string DashArray, string DashOffset, OptionFigure Figure);

    /// <summary>Segments proportional to the counts (not the rounded percentages, so they always close).</summary>
    public static IReadOnlyList<Segment> Segments(IReadOnlyList<OptionFigure> figures)
    {
        var total = figures.Sum(f => f.Count);
        var segments = new List<Segment>();
        var start = 0.0;
        for (var i = 0; i < figures.Count; i++)
        {
            var length = total == 0 ? 0 : Circumference * figures[i].Count / total;
            // A hair of white between segments keeps them apart in greyscale print.
            var visible = Math.Max(0, length - (figures.Count(f => f.Count > 0) > 1 ? 0.6 : 0));
            segments.Add(new Segment(
                ChartPalette.At(i),
                $"{Format(visible)} {Format(Circumference - visible)}",
                Format(25 - start),
                figures[i]));
            start += length;
        }

        return segments;
    }

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
