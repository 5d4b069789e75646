namespace NvzhSurvey.Core.Publication;

/// <summary>
/// The look of the publication an administrator chooses: the accent colour of cover, headings and charts, and the
/// logo on the cover. One row (<see cref="SingletonId"/>); no row means the defaults.
/// </summary>
public class PublicationBranding
{
    public const int SingletonId = 1;
    public const string DefaultAccentColour = "#0f6e78";

    public int Id { get; set; } = SingletonId;

    /// <summary>"#rrggbb".</summary>
    public string AccentColour { get; set; } = DefaultAccentColour;

    /// <summary>"image/png" or "image/svg+xml" (already sanitised), or null for no logo.</summary>
    public string? LogoContentType { get; set; }

    public byte[]? Logo { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
