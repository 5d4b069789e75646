using System.Text.Json;
using System.Text.Json.Serialization;

namespace NvzhSurvey.Core.Reporting;

/// <summary>Exact round trip of an <see cref="EditionReport"/> (for publication snapshots); not the API shape (see <see cref="ReportJson"/>).</summary>
public static class ReportSerializer
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    public static string Serialize(EditionReport report) => JsonSerializer.Serialize(report, Options);

    public static EditionReport Deserialize(string json) =>
        JsonSerializer.Deserialize<EditionReport>(json, Options) ?? throw new JsonException("Empty report snapshot.");
}
