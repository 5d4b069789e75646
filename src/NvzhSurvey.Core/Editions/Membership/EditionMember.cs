namespace NvzhSurvey.Core.Editions.Membership;

/// <summary>
/// One row of an edition's member list. While an edition is draft or open its members follow from the
/// organisations' membership periods, adjusted by staff (<see cref="EditionMemberKind.Added"/>,
/// <see cref="EditionMemberKind.Removed"/>); closing fixes the list (<see cref="EditionMemberKind.Fixed"/> rows with
/// each member's number of locations), so organisations created or ended later never change a closed edition.
/// </summary>
public class EditionMember
{
    public int Id { get; set; }
    public int EditionId { get; set; }
    public int OrganisationId { get; set; }
    public EditionMemberKind Kind { get; set; }

    /// <summary>For <see cref="EditionMemberKind.Fixed"/>: the member's locations when the edition closed.</summary>
    public int Locations { get; set; }
}

public enum EditionMemberKind
{
    /// <summary>Staff added the organisation to the open edition although its membership period says otherwise.</summary>
    Added = 1,

    /// <summary>Staff removed the organisation from the open edition.</summary>
    Removed = 2,

    /// <summary>A member of the edition as fixed when it closed.</summary>
    Fixed = 3,
}
