using Microsoft.EntityFrameworkCore;
using Npgsql;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Responses;
using NvzhSurvey.Core.Time;

namespace NvzhSurvey.Core.Interviews;

/// <summary>
/// One save of one response: loads it tracked with its rows, checks the version the form saw (optimistic
/// concurrency on xmin), and commits with "last changed by". Shared by the writer, prefill and status changes, so
/// its entry checks hold for all of them: a member writes only its own organisation's response, only in the open
/// edition, and only while the response is a draft.
/// </summary>
internal sealed class ResponseSession
{
    public const string ClosedMessage = "Deze editie is gesloten: antwoorden kunnen niet meer worden gewijzigd.";

    public const string EditionNotFoundMessage = "Deze editie bestaat niet.";

    /// <summary>Also the answer to a member asking for another organisation, so that guessing ids reveals nothing.</summary>
    public const string OrganisationNotFoundMessage = "Deze organisatie bestaat niet of is gearchiveerd.";

    public const string NoLongerDraftMessage =
        "Deze vragenlijst is ingediend of afgerond en kan niet meer worden gewijzigd. Neem contact op met de NVZH als er iets moet veranderen.";

    private ResponseSession(SurveyDbContext db, Edition edition, Response response, bool created)
    {
        Db = db;
        Edition = edition;
        Response = response;
        Created = created;
    }

    public SurveyDbContext Db { get; }
    public Edition Edition { get; }
    public Response Response { get; }

    /// <summary>The response did not exist and is created by this save.</summary>
    public bool Created { get; }

    public static async Task<(ResponseSession? Session, SaveResult? Refusal)> OpenAsync(
        SurveyDbContext db, Actor actor, int editionId, int organisationId, uint? expectedVersion, CancellationToken ct)
    {
        if (!actor.MayWriteFor(organisationId))
        {
            return (null, new SaveResult(SaveOutcome.Refused, OrganisationNotFoundMessage));
        }

        // The edition's state is read under the writers' edition lock, inside the save's own transaction (committed by
        // CommitAsync, rolled back when the context is disposed): closing or publishing waits for this save, or this
        // save sees the edition closed and is refused. See EditionLock.
        await db.Database.BeginTransactionAsync(ct);
        await EditionLock.ShareAsync(db, editionId, ct);
        var edition = await db.Editions.AsNoTracking().SingleOrDefaultAsync(e => e.Id == editionId, ct);
        if (edition is null || (actor.IsMember && edition.Status == EditionStatus.Draft))
        {
            return (null, new SaveResult(SaveOutcome.Refused, EditionNotFoundMessage));
        }

        if (!edition.AcceptsAnswers)
        {
            return (null, new SaveResult(SaveOutcome.Refused, ClosedMessage));
        }

        var response = await db.Responses.AsSplitQuery()
            .Include(r => r.Answers).Include(r => r.FreeTexts).Include(r => r.Locations).Include(r => r.SectionStates)
            .SingleOrDefaultAsync(r => r.EditionId == editionId && r.OrganisationId == organisationId, ct);
        if (response is null)
        {
            if (!await db.Organisations.AnyAsync(o => o.Id == organisationId && !o.IsArchived, ct))
            {
                return (null, new SaveResult(SaveOutcome.Refused, OrganisationNotFoundMessage));
            }

            response = new Response { EditionId = editionId, OrganisationId = organisationId, Status = ResponseStatus.Draft };
            db.Responses.Add(response);
            return (new ResponseSession(db, edition, response, created: true), null);
        }

        if (actor.IsMember && response.Status is ResponseStatus.SubmittedByMember or ResponseStatus.Completed)
        {
            return (null, new SaveResult(SaveOutcome.Refused, NoLongerDraftMessage) { Status = response.Status });
        }

        if (expectedVersion != response.Version)
        {
            return (null, ConflictResult(response));
        }

        // The check happens in the UPDATE too (WHERE xmin = ...), for a change between this read and the save.
        db.Entry(response).Property(r => r.Version).OriginalValue = expectedVersion.Value;
        return (new ResponseSession(db, edition, response, created: false), null);
    }

    public async Task<SaveResult> CommitAsync(ICurrentActor actor, TimeProvider clock, CancellationToken ct,
        IReadOnlyDictionary<int, string>? errors = null)
    {
        Response.LastChangedAt = clock.GetUtcNow();
        Response.LastChangedBy = actor.DisplayName ?? actor.UserName;
        if (Response.Status == ResponseStatus.NotStarted)
        {
            Response.Status = ResponseStatus.Draft;
        }

        try
        {
            await Db.SaveChangesAsync(ct);
            await Db.Database.CommitTransactionAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ReloadConflictAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Someone else started this response at the same moment.
            return await ReloadConflictAsync(ct);
        }

        return new SaveResult(SaveOutcome.Saved)
        {
            ResponseId = Response.Id,
            Version = Response.Version,
            Status = Response.Status,
            LastChangedAt = Response.LastChangedAt,
            LastChangedBy = Response.LastChangedBy,
            Errors = errors ?? new Dictionary<int, string>(),
        };
    }

    private async Task<SaveResult> ReloadConflictAsync(CancellationToken ct)
    {
        await Db.Database.RollbackTransactionAsync(ct);
        Db.ChangeTracker.Clear();
        var current = await Db.Responses.AsNoTracking()
            .SingleOrDefaultAsync(r => r.EditionId == Response.EditionId && r.OrganisationId == Response.OrganisationId, ct);
        return ConflictResult(current ?? Response);
    }

    private static SaveResult ConflictResult(Response current)
    {
        var who = current.LastChangedBy is { } by ? $" door {by}" : "";
        var when = current.LastChangedAt is { } at ? $" om {DutchTime.Format(at)}" : "";
        return new SaveResult(SaveOutcome.Conflict,
            $"Dit interview is intussen gewijzigd{who}{when}. Uw laatste wijzigingen zijn niet opgeslagen, maar staan nog op het scherm. " +
            "Kies ‘Opnieuw laden’ om de nieuwste versie te zien en voer uw wijzigingen daarna opnieuw in.")
        {
            ResponseId = current.Id,
            Version = current.Version,
            Status = current.Status,
            LastChangedAt = current.LastChangedAt,
            LastChangedBy = current.LastChangedBy,
        };
    }
}
