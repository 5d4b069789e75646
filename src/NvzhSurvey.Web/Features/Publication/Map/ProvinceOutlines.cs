using System.Globalization;
using System.Text;
using System.Text.Json;
using NvzhSurvey.Core.Organisations;

namespace NvzhSurvey.Web.Features.Publication.Map;

/// <summary>
/// The twelve province outlines (CBS/Kadaster, CC BY 4.0; see SOURCE.md) as SVG paths. RD New is already a planar
/// projection in metres, so the coordinates are mapped linearly onto the viewBox (y flipped: RD y grows northwards).
/// </summary>
public static class ProvinceOutlines
{
    /// <summary>Width of the map's viewBox; the height follows from the country's proportions.</summary>
    public const double Width = 300;

    private static readonly Lazy<MapGeometry> Geometry = new(Load);

    public static double Height => Geometry.Value.Height;
    public static IReadOnlyList<ProvinceOutline> All => Geometry.Value.Provinces;

    public sealed record ProvinceOutline(Province Province, string Path, double LabelX, double LabelY);

    private sealed record MapGeometry(double Height, IReadOnlyList<ProvinceOutline> Provinces);

    // Where the largest polygon's centroid is a poor place for the number (long coasts, islands), a nudge in viewBox units.
    private static readonly Dictionary<Province, (double X, double Y)> LabelNudges = new()
    {
        [Province.NoordHolland] = (2, 6),
        [Province.ZuidHolland] = (0, 2),
        [Province.Zeeland] = (6, -4),
        [Province.Utrecht] = (-1, 0),
        [Province.Flevoland] = (2, 0),
    };

    private static MapGeometry Load()
    {
        using var stream = typeof(ProvinceOutlines).Assembly.GetManifestResourceStream("NvzhSurvey.Provinces.geojson")
            ?? throw new InvalidOperationException("The province outlines are not embedded.");
        using var document = JsonDocument.Parse(stream);
        var features = document.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => (
                Name: f.GetProperty("properties").GetProperty("statnaam").GetString()!,
                Polygons: Polygons(f.GetProperty("geometry"))))
            .ToList();

        var points = features.SelectMany(f => f.Polygons).SelectMany(p => p).SelectMany(r => r).ToList();
        var (minX, maxX) = (points.Min(p => p.X), points.Max(p => p.X));
        var (minY, maxY) = (points.Min(p => p.Y), points.Max(p => p.Y));
        var scale = Width / (maxX - minX);
        (double X, double Y) Project((double X, double Y) p) => ((p.X - minX) * scale, (maxY - p.Y) * scale);

        var provinces = new List<ProvinceOutline>();
        foreach (var (name, polygons) in features)
        {
            if (!Provinces.TryParse(name, out var province))
            {
                throw new InvalidOperationException($"Unknown province '{name}' in the outlines.");
            }

            var path = new StringBuilder();
            foreach (var ring in polygons.SelectMany(p => p))
            {
                for (var i = 0; i < ring.Count; i++)
                {
                    var (x, y) = Project(ring[i]);
                    path.Append(i == 0 ? 'M' : 'L').Append(Format(x)).Append(',').Append(Format(y));
                }

                path.Append('Z');
            }

            var largest = polygons.OrderByDescending(p => Math.Abs(Area(p[0]))).First()[0];
            var (cx, cy) = Project(Centroid(largest));
            var nudge = LabelNudges.GetValueOrDefault(province);
            provinces.Add(new ProvinceOutline(province, path.ToString(), cx + nudge.X, cy + nudge.Y));
        }

        return new MapGeometry((maxY - minY) * scale, provinces);
    }

    private static List<List<List<(double X, double Y)>>> Polygons(JsonElement geometry)
    {
        static List<(double, double)> Ring(JsonElement ring) =>
            ring.EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToList();
        static List<List<(double, double)>> Polygon(JsonElement polygon) => polygon.EnumerateArray().Select(Ring).ToList();

        var coordinates = geometry.GetProperty("coordinates");
        return geometry.GetProperty("type").GetString() == "MultiPolygon"
            ? coordinates.EnumerateArray().Select(Polygon).ToList()
            : [Polygon(coordinates)];
    }

    private static double Area(List<(double X, double Y)> ring)
    {
        var area = 0.0;
        for (var i = 0; i < ring.Count - 1; i++)
        {
            area += ring[i].X * ring[i + 1].Y - ring[i + 1].X * ring[i].Y;
        }

        return area / 2;
    }

    private static (double X, double Y) Centroid(List<(double X, double Y)> ring)
    {
        var area = Area(ring);
        double cx = 0, cy = 0;
        for (var i = 0; i < ring.Count - 1; i++)
        {
            var cross = ring[i].X * ring[i + 1].Y - ring[i + 1].X * ring[i].Y;
            cx += (ring[i].X + ring[i + 1].X) * cross;
            cy += (ring[i].Y + ring[i + 1].Y) * cross;
        }

        return (cx / (6 * area), cy / (6 * area));
    }

    private static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
