using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Interviews;

/// <summary>
/// Status transitions of a response: draft → completed (staff, "Afgerond"), draft → submitted (member,
/// "Indienen"), back to draft ("Heropenen"), and confirming a section taken over from last edition. Completing and
/// reopening are staff's; a member submits and confirms only its own draft. Completing and submitting find the edition
/// by its <see cref="EditionYear"/>, reopening and confirming by its id (as the form holds it): the types keep them apart.
/// </summary>
public sealed class InterviewStatusChanger(
    IDbContextFactory<SurveyDbContext> dbFactory, InterviewLoader loader, ICurrentActor changedBy, TimeProvider clock,
    Cycle.SubmissionMails submissionMails)
{
    public const string NotFoundMessage = "Deze editie of organisatie bestaat niet.";

    public Task<SaveResult> CompleteAsync(Actor actor, EditionYear editionYear, int organisationId, uint? expectedVersion, CancellationToken ct = default) =>
        actor.HasStaffRights
            ? FinishAsync(actor, editionYear, organisationId, expectedVersion, ResponseStatus.Completed, ct)
            : Task.FromResult(new SaveResult(SaveOutcome.Refused, Actor.NotAllowedMessage));

    /// <summary>The member hands in the response; staff then check it and mark it completed.</summary>
    public Task<SaveResult> SubmitAsync(Actor actor, EditionYear editionYear, int organisationId, uint? expectedVersion, CancellationToken ct = default) =>
        FinishAsync(actor, editionYear, organisationId, expectedVersion, ResponseStatus.SubmittedByMember, ct);

    public async Task<SaveResult> ReopenAsync(Actor actor, int editionId, int organisationId, uint? expectedVersion, CancellationToken ct = default)
    {
        if (!actor.HasStaffRights)
        {
            return new SaveResult(SaveOutcome.Refused, Actor.NotAllowedMessage);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (session, refusal) = await ResponseSession.OpenAsync(db, actor, editionId, organisationId, expectedVersion, ct);
        if (session is null)
        {
            return refusal!;
        }

        session.Response.Status = ResponseStatus.Draft;
        session.Response.CompletedAt = null;
        return await session.CommitAsync(changedBy, clock, ct);
    }

    public async Task<SaveResult> ConfirmSectionAsync(Actor actor, int editionId, int organisationId, uint? expectedVersion, int sectionId,
        CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (session, refusal) = await ResponseSession.OpenAsync(db, actor, editionId, organisationId, expectedVersion, ct);
        if (session is null)
        {
            return refusal!;
        }

        foreach (var state in session.Response.SectionStates.Where(s => s.SectionId == sectionId))
        {
            state.AwaitingConfirmation = false;
        }

        return await session.CommitAsync(changedBy, clock, ct);
    }

    private async Task<SaveResult> FinishAsync(Actor actor, EditionYear editionYear, int organisationId, uint? expectedVersion, ResponseStatus status,
        CancellationToken ct)
    {
        // Before loading: what is missing in another organisation's response is none of a member's business.
        var form = actor.MayWriteFor(organisationId) ? await loader.LoadAsync(editionYear, organisationId, ct) : null;
        if (form is null)
        {
            return new SaveResult(SaveOutcome.Refused, NotFoundMessage);
        }

        if (status == ResponseStatus.SubmittedByMember && form.Status == ResponseStatus.Completed)
        {
            return new SaveResult(SaveOutcome.Refused, "Dit interview is al afgerond door de NVZH.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (form.Version == expectedVersion && Completeness.Missing(form) is { Count: > 0 } missing)
        {
            return new SaveResult(SaveOutcome.Refused, "Nog niet alles is ingevuld.")
            {
                Missing = missing,
                ResponseId = form.ResponseId,
                Version = form.Version,
                Status = form.Status,
            };
        }

        // A different version is refused here as a conflict (before judging someone else's answers).
        var (session, refusal) = await ResponseSession.OpenAsync(db, actor, form.EditionId, organisationId, expectedVersion, ct);
        if (session is null)
        {
            return refusal!;
        }

        var now = clock.GetUtcNow();
        if (status == ResponseStatus.Completed)
        {
            // Founding year and legal form are frozen into the response as the organisation has them now (OrganisationFacts).
            await OrganisationFacts.ReconcileAsync(db, session.Response, form.EditionId, session.Edition.Year, new HashSet<int>(), ct);
        }

        session.Response.Status = status;
        if (status == ResponseStatus.Completed)
        {
            session.Response.CompletedAt = now;
        }
        else
        {
            session.Response.SubmittedAt = now;
            // Confirmation and staff notification go out with the status change or not at all (the outbox).
            await submissionMails.AddAsync(db, form.EditionId, organisationId, actor.DisplayName, ct);
        }

        return await session.CommitAsync(changedBy, clock, ct);
    }
}
