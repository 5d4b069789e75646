using NvzhSurvey.Core.Organisations;

namespace NvzhSurvey.Core.Responses;

/// <summary>A location as counted for an edition (a snapshot of the organisation's location).</summary>
public class ResponseLocation
{
    public int Id { get; set; }
    public int ResponseId { get; set; }

    /// <summary>The live location this snapshot was taken from; null once that location is deleted.</summary>
    public int? LocationId { get; set; }

    public required string Name { get; set; }
    public string? City { get; set; }
    public Province? Province { get; set; }
}
