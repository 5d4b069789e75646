namespace NvzhSurvey.Core.Editions;

/// <summary>
/// The one place for the rules of an edition's status: Draft → Open → Closed → Published, and Closed → Open as long
/// as the edition is not published. Publishing only from Closed; a published edition is final. Every status change
/// (<see cref="EditionService.ChangeStatusAsync"/>, the API, the edition page) and every writer asks here.
/// </summary>
public static class EditionStateMachine
{
    /// <summary>The statuses an edition in <paramref name="status"/> may move to.</summary>
    public static IReadOnlyList<EditionStatus> AllowedNext(EditionStatus status) => status switch
    {
        EditionStatus.Draft => [EditionStatus.Open],
        EditionStatus.Open => [EditionStatus.Closed],
        EditionStatus.Closed => [EditionStatus.Open, EditionStatus.Published],
        _ => [],
    };

    public static bool CanMove(EditionStatus from, EditionStatus to) => AllowedNext(from).Contains(to);

    /// <summary>Responses (autosave, member portal, imports) can be changed while the edition is draft or open.</summary>
    public static bool AcceptsAnswers(EditionStatus status) => status is EditionStatus.Draft or EditionStatus.Open;

    /// <summary>The member list follows membership periods and staff changes until the edition closes.</summary>
    public static bool MembersAreFixed(EditionStatus status) => status is EditionStatus.Closed or EditionStatus.Published;

    /// <summary>A published edition's questionnaire, texts and figures are read-only.</summary>
    public static bool IsReadOnly(EditionStatus status) => status == EditionStatus.Published;

    /// <summary>Figures of an edition that is not published are provisional ("Voorlopig", a CONCEPT watermark).</summary>
    public static bool IsProvisional(EditionStatus status) => status != EditionStatus.Published;

    /// <summary>The Dutch refusal for an illegal transition.</summary>
    public static string Refusal(EditionStatus from, EditionStatus to) =>
        to == EditionStatus.Published && from != EditionStatus.Published
            ? $"Een editie met status ‘{from.DisplayName()}’ kan niet naar ‘{to.DisplayName()}’: publiceren kan alleen vanuit ‘{EditionStatus.Closed.DisplayName()}’."
            : $"Een editie met status ‘{from.DisplayName()}’ kan niet naar ‘{to.DisplayName()}’.";
}
