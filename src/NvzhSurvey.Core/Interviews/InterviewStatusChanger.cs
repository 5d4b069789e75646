using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Interviews;

/// <summary>
/// Status transitions of a response: draft → completed (staff, "Afgerond"), draft → submitted (member,
/// "Indienen"), back to draft ("Heropenen"), and confirming a section taken over from last edition.
/// </summary>
public sealed class InterviewStatusChanger(
    IDbContextFactory<SurveyDbContext> dbFactory, InterviewLoader loader, ICurrentActor actor, TimeProvider clock)
{
    public Task<SaveResult> CompleteAsync(int editionYear, int organisationId, uint? expectedVersion, CancellationToken ct = default) =>
        FinishAsync(editionYear, organisationId, expectedVersion, ResponseStatus.Completed, ct);

    /// <summary>The member hands in the response; staff then check it and mark it completed.</summary>
    public Task<SaveResult> SubmitAsync(int editionYear, int organisationId, uint? expectedVersion, CancellationToken ct = default) =>
        FinishAsync(editionYear, organisationId, expectedVersion, ResponseStatus.SubmittedByMember, ct);

    public async Task<SaveResult> ReopenAsync(int editionId, int organisationId, uint? expectedVersion, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (session, refusal) = await ResponseSession.OpenAsync(db, editionId, organisationId, expectedVersion, ct);
        if (session is null)
        {
            return refusal!;
        }

        session.Response.Status = ResponseStatus.Draft;
        session.Response.CompletedAt = null;
        return await session.CommitAsync(actor, clock, ct);
    }

    public async Task<SaveResult> ConfirmSectionAsync(int editionId, int organisationId, uint? expectedVersion, int sectionId,
        CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (session, refusal) = await ResponseSession.OpenAsync(db, editionId, organisationId, expectedVersion, ct);
        if (session is null)
        {
            return refusal!;
        }

        foreach (var state in session.Response.SectionStates.Where(s => s.SectionId == sectionId))
        {
            state.AwaitingConfirmation = false;
        }

        return await session.CommitAsync(actor, clock, ct);
    }

    private async Task<SaveResult> FinishAsync(int editionYear, int organisationId, uint? expectedVersion, ResponseStatus status,
        CancellationToken ct)
    {
        var form = await loader.LoadAsync(editionYear, organisationId, ct);
        if (form is null)
        {
            return new SaveResult(SaveOutcome.Refused, "Deze editie of organisatie bestaat niet.");
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
        var (session, refusal) = await ResponseSession.OpenAsync(db, form.EditionId, organisationId, expectedVersion, ct);
        if (session is null)
        {
            return refusal!;
        }

        var now = clock.GetUtcNow();
        session.Response.Status = status;
        if (status == ResponseStatus.Completed)
        {
            session.Response.CompletedAt = now;
        }
        else
        {
            session.Response.SubmittedAt = now;
        }

        return await session.CommitAsync(actor, clock, ct);
    }
}
