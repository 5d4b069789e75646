namespace NvzhSurvey.Core.Publication;

/// <summary>A publication input and where it came from: live data, or the snapshot stored when the edition was published.</summary>
public sealed record PublicationSource(PublicationInput Input, PublishedSnapshotInfo? Snapshot)
{
    public bool IsSnapshot => Snapshot is not null;
}

public sealed record PublishedSnapshotInfo(int Id, DateTimeOffset CreatedAt, string? CreatedBy);
