using System.Globalization;

namespace NvzhSurvey.Web.Features.Publication.Map;

/// <summary>Province fill: the accent colour mixed with white, darker for more locations; none is a neutral grey.</summary>
public static class MapShading
{
    public const string Empty = "#eef2f3";

    public static string Fill(string accent, int count, int max) =>
        count <= 0 || max <= 0 ? Empty : Mix(accent, Strength(count, max));

    /// <summary>The number is printed white on dark fills and dark on light ones.</summary>
    public static string Ink(int count, int max) => count > 0 && max > 0 && Strength(count, max) > 0.55 ? "#ffffff" : "#1d2b30";

    private static double Strength(int count, int max) => 0.2 + 0.8 * count / max;

    private static string Mix(string accent, double strength)
    {
        var (r, g, b) = Parse(accent);
        int Channel(int c) => (int)Math.Round(255 - (255 - c) * strength);
        return $"#{Channel(r):x2}{Channel(g):x2}{Channel(b):x2}";
    }

    private static (int R, int G, int B) Parse(string hex)
    {
        var h = hex.TrimStart('#');
        if (h.Length != 6 || !int.TryParse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _))
        {
            h = "0f6e78";
        }

        return (Convert.ToInt32(h[..2], 16), Convert.ToInt32(h[2..4], 16), Convert.ToInt32(h[4..], 16));
    }
}
