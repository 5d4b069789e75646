using System.Globalization;
using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Web.Features.Publication.Document;

/// <summary>
/// Layout of a horizontal bar chart in SVG user units (1 unit = 1 CSS px at 96 dpi). Labels are wrapped by a
/// conservative character count for DejaVu Sans at <see cref="FontSize"/>, so they never run into the bars.
/// </summary>
public sealed class BarLayout
{
    public const double Width = 640;
    public const double LabelWidth = 300;
    public const double BarStart = LabelWidth + 10;
    public const double BarMaxWidth = 200;
    public const double FontSize = 11.5;
    public const double LineHeight = 14;
    public const double RowGap = 7;
    public const int MaxLabelCharacters = 42;

    public sealed record Row(OptionFigure Figure, IReadOnlyList<string> Lines, double Top, double Height, double BarWidth, string Colour)
    {
        /// <summary>The bar and its figure sit on the label's last line, so the figure reads as the end of the label.</summary>
        public double BarTop => LastLineMiddle - BarHeight / 2;
        public double TextBaseline(int line) => Top + (Height - Lines.Count * LineHeight) / 2 + LineHeight * (line + 1) - 3.5;
        public double ValueBaseline => TextBaseline(Lines.Count - 1);
        private double LastLineMiddle => TextBaseline(Lines.Count - 1) - 4;
    }

    public const double BarHeight = 12;

    public BarLayout(IReadOnlyList<OptionFigure> figures, int? previousYear = null)
    {
        var top = 0.0;
        var rows = new List<Row>();
        foreach (var figure in figures)
        {
            var lines = Wrap(figure.Label + ":", MaxLabelCharacters);
            var height = Math.Max(BarHeight + 4, lines.Count * LineHeight);
            rows.Add(new Row(figure, lines, top, height, BarMaxWidth * figure.Percent / 100.0, ChartPalette.At(0)));
            top += height + RowGap;
        }

        Rows = rows;
        Height = Math.Max(0, top - RowGap);
        PreviousYear = previousYear;
    }

    public IReadOnlyList<Row> Rows { get; }
    public double Height { get; }
    public int? PreviousYear { get; }

    public static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Greedy word wrap; a single word longer than the width stays on its own line.</summary>
    public static IReadOnlyList<string> Wrap(string text, int maxCharacters)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > maxCharacters)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = current.Length == 0 ? word : current + " " + word;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }
}
