using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Editions;

/// <summary>A survey year. Owns its questionnaire (sections) and narrative texts.</summary>
public class Edition
{
    public int Id { get; set; }
    public int Year { get; set; }
    public EditionStatus Status { get; set; } = EditionStatus.Draft;

    /// <summary>
    /// Manual correction of the number of members, only for an edition whose member list predates the app; null: the
    /// number comes from the edition's member list (see <see cref="Membership.EditionMembers"/>). Shown as a correction.
    /// </summary>
    public int? MembersTotal { get; set; }

    /// <summary>Manual correction of the number of locations of all members, like <see cref="MembersTotal"/>.</summary>
    public int? LocationsAllMembers { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>The board switched on the public web edition (/publicaties/{year}); only for a published edition.</summary>
    public bool PublicPageEnabled { get; set; }

    public uint Version { get; set; }

    public List<Section> Sections { get; set; } = [];
    public List<EditionText> Texts { get; set; } = [];

    /// <summary>A published edition's questionnaire and figures are read-only.</summary>
    public bool IsReadOnly => EditionStateMachine.IsReadOnly(Status);

    /// <summary>Responses can only be changed while the edition is draft or open.</summary>
    public bool AcceptsAnswers => EditionStateMachine.AcceptsAnswers(Status);
}
