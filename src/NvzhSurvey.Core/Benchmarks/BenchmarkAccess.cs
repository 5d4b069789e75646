using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Editions;

namespace NvzhSurvey.Core.Benchmarks;

/// <summary>
/// Who may see which benchmark: staff and Full API tokens every participant's, of a closed (preview) or published
/// edition; a member only its own organisation's, of a published edition; the board, read-only tokens and
/// anyone else none (a benchmark shows one organisation's values).
/// </summary>
public static class BenchmarkAccess
{
    /// <summary>Whether the actor may see any benchmark at all (checked before any lookup).</summary>
    public static bool MaySeeAny(Actor actor) => actor.HasStaffRights || actor.IsMember;

    public static bool MaySee(Actor actor, int organisationId) =>
        actor.HasStaffRights || (actor.IsMember && actor.OrganisationId == organisationId);

    public static bool IsAvailable(Actor actor, EditionStatus status) =>
        status == EditionStatus.Published || (actor.HasStaffRights && status == EditionStatus.Closed);
}
