namespace NvzhSurvey.Web.Features.Publication.Document;

/// <summary>
/// Chart colours, ordered so that neighbouring donut segments differ in lightness. Colour never carries a figure
/// on its own: every legend entry and bar also prints its label and numbers.
/// </summary>
public static class ChartPalette
{
    private static readonly string[] Colours =
    [
        "var(--accent)", // the accent colour (teal by default), chosen by the administrator
        "#e08a2e", // orange
        "#5b3a8c", // purple
        "#8fb339", // green
        "#b8405e", // rose
        "#2f7fc1", // blue
        "#c9a227", // ochre
        "#6b6b6b", // grey
        "#3d9c8f", // sea green
        "#8c5a2b", // brown
    ];

    public static string At(int index) => Colours[index % Colours.Length];

    public const string Track = "#e6ecee";
    public const string Ink = "#1d2b30";
}
