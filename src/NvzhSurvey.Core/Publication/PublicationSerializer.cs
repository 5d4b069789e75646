using System.Text.Json;
using System.Text.Json.Serialization;

namespace NvzhSurvey.Core.Publication;

/// <summary>
/// Exact JSON round trip of a <see cref="PublicationInput"/> for snapshots. PostgreSQL's jsonb reorders object
/// keys, so the polymorphic "$figure" discriminator may come back after other properties: allowed here.
/// </summary>
public static class PublicationSerializer
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        AllowOutOfOrderMetadataProperties = true,
        WriteIndented = false,
    };

    public static string Serialize(PublicationInput input) => JsonSerializer.Serialize(input, Options);

    public static PublicationInput Deserialize(string json) =>
        JsonSerializer.Deserialize<PublicationInput>(json, Options) ?? throw new JsonException("Empty publication snapshot.");
}
