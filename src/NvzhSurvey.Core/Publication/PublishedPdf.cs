namespace NvzhSurvey.Core.Publication;

/// <summary>
/// The printed PDF of a published edition, stored once: a published edition serves these bytes on every export, after
/// restarts too, and never prints again. Keyed by snapshot and by the hash of the exact input printed (which includes
/// the export options, e.g. the comparison with the previous year), so each variant is stored on its first print.
/// </summary>
public sealed class PublishedPdf
{
    public int Id { get; init; }
    public int SnapshotId { get; init; }

    /// <summary>SHA-256 (hex) of the serialised publication input that was printed.</summary>
    public required string InputHash { get; init; }

    public required byte[] Content { get; init; }
    public DateTimeOffset StoredAt { get; init; }
}
