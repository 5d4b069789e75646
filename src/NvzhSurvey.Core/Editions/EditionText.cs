namespace NvzhSurvey.Core.Editions;

/// <summary>
/// A narrative text of an edition's publication, in Markdown with figure placeholders such as
/// <c>{deelnemers}</c>. <see cref="Key"/> is "introduction", "closing" or "chapter:{sectionKey}".
/// </summary>
public class EditionText
{
    public int Id { get; set; }
    public int EditionId { get; set; }
    public required string Key { get; set; }
    public string Markdown { get; set; } = "";

    /// <summary>PostgreSQL xmin, used as optimistic concurrency token.</summary>
    public uint Version { get; set; }
}
