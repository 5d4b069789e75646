using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Editions;

/// <summary>A survey year. Owns its questionnaire (sections) and narrative texts.</summary>
public class Edition
{
    public int Id { get; set; }
    public int Year { get; set; }
    public EditionStatus Status { get; set; } = EditionStatus.Draft;

    /// <summary>Number of NVZH members at the time of the edition (49 in 2024).</summary>
    public int MembersTotal { get; set; }

    /// <summary>Number of locations of all members at the time of the edition (206 in 2024).</summary>
    public int LocationsAllMembers { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>The board switched on the public web edition (/publicaties/{year}); only for a published edition.</summary>
    public bool PublicPageEnabled { get; set; }

    public uint Version { get; set; }

    public List<Section> Sections { get; set; } = [];
    public List<EditionText> Texts { get; set; } = [];

    /// <summary>A published edition's questionnaire and figures are read-only.</summary>
    public bool IsReadOnly => Status == EditionStatus.Published;

    /// <summary>Responses can only be changed while the edition is draft or open.</summary>
    public bool AcceptsAnswers => Status is EditionStatus.Draft or EditionStatus.Open;
}
