using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Responses;
using NvzhSurvey.Core.Time;

namespace NvzhSurvey.Core.Organisations;

/// <summary>
/// Organisations and their locations: list, create, edit, archive; locations add, edit, close. Every write takes the
/// <see cref="Actor"/>: staff write any organisation, a member only its own profile and locations; another
/// organisation's id is answered exactly like an id that does not exist.
/// </summary>
public sealed partial class OrganisationService(IDbContextFactory<SurveyDbContext> dbFactory, TimeProvider clock)
{
    public const string OrganisationNotFoundMessage = "Deze organisatie bestaat niet.";

    public const string LocationNotFoundMessage = "Deze locatie bestaat niet.";

    public const string ProfileConflictMessage =
        "Het profiel is intussen door iemand anders gewijzigd. Uw invoer staat nog in het formulier; laad de pagina opnieuw om de nieuwste gegevens te zien.";

    public const string ConflictMessage =
        "Deze organisatie is intussen door iemand anders gewijzigd. Uw invoer staat nog in het formulier; laad de pagina opnieuw en voer de wijziging opnieuw in.";

    public const string LocationConflictMessage =
        "Deze locatie is intussen door iemand anders gewijzigd. Laad de pagina opnieuw om de nieuwste gegevens te zien; uw invoer staat nog in het formulier.";

    public const string LocationCloseConflictMessage =
        "Deze locatie is intussen door iemand anders gewijzigd en is daarom niet gesloten. Laad de pagina opnieuw om de nieuwste gegevens te zien.";

    public const string LocationReopenConflictMessage =
        "Deze locatie is intussen door iemand anders gewijzigd en is daarom niet weer geopend. Laad de pagina opnieuw om de nieuwste gegevens te zien.";

    /// <summary>Every organisation with its active locations and its status in the current (open, else latest) edition.</summary>
    public async Task<OrganisationList> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var edition = await db.Editions.AsNoTracking()
            .OrderByDescending(e => e.Status == EditionStatus.Open).ThenByDescending(e => e.Year)
            .FirstOrDefaultAsync(ct);
        var editionId = edition?.Id ?? 0;
        var rows = await db.Organisations.AsNoTracking()
            .Select(o => new OrganisationRow(o.Id, o.Name, o.City, o.Locations.Count(l => l.IsActive), o.IsArchived,
                db.Responses.Where(r => r.EditionId == editionId && r.OrganisationId == o.Id)
                    .Select(r => (ResponseStatus?)r.Status).FirstOrDefault() ?? ResponseStatus.NotStarted))
            .ToListAsync(ct);
        return new OrganisationList(edition?.Year, rows.OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase).ToList());
    }

    /// <summary>The organisations that are not archived, by name: the choices of a member account's organisation.</summary>
    public async Task<IReadOnlyList<OrganisationName>> ListActiveNamesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Organisations.AsNoTracking().Where(o => !o.IsArchived).OrderBy(o => o.Name)
            .Select(o => new OrganisationName(o.Id, o.Name)).ToListAsync(ct);
    }

    /// <summary>An organisation's name (null when there is none with this id), for a page heading before its data loads.</summary>
    public async Task<string?> FindNameAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Organisations.AsNoTracking().Where(o => o.Id == id).Select(o => o.Name).SingleOrDefaultAsync(ct);
    }

    public async Task<OrganisationDetails?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Locations)
            .SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return null;
        }

        var responses = await db.Responses.AsNoTracking().Where(r => r.OrganisationId == id)
            .Select(r => new EditionResponseRow(r.Edition!.Year, r.Edition.Status, r.Status, r.CompletedAt, r.LastChangedAt))
            .ToListAsync(ct);
        var editions = await db.Editions.AsNoTracking().Select(e => new { e.Year, e.Status }).ToListAsync(ct);
        // Editions in which the organisation has no response yet are listed too (as not started).
        responses.AddRange(editions.Where(e => responses.All(r => r.Year != e.Year) && e.Status is EditionStatus.Open or EditionStatus.Draft)
            .Select(e => new EditionResponseRow(e.Year, e.Status, ResponseStatus.NotStarted, null, null)));
        organisation.Locations = organisation.Locations.OrderByDescending(l => l.IsActive).ThenBy(l => l.Name).ToList();
        return new OrganisationDetails(organisation, responses.OrderByDescending(r => r.Year).ToList());
    }

    public async Task<(OperationResult Result, int Id)> CreateAsync(Actor actor, OrganisationForm form, CancellationToken ct = default)
    {
        if (!actor.HasStaffRights)
        {
            return (OperationResult.Fail(Actor.NotAllowedMessage), 0);
        }

        if ((Validate(form) ?? OrganisationFacts.CheckFoundedYear(form.FoundedYear, clock)) is { } error)
        {
            return (OperationResult.Fail(error), 0);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var baseKey = Slug(form.Name);
        var key = baseKey;
        for (var i = 2; await db.Organisations.AnyAsync(o => o.Key == key, ct); i++)
        {
            key = $"{baseKey}-{i}";
        }

        var organisation = new Organisation { Key = key, Name = form.Name, MemberSince = DutchTime.Today(clock) };
        form.ApplyTo(organisation);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return (OperationResult.Ok, organisation.Id);
    }

    /// <summary>Every field of an organisation, including name and membership: staff only.</summary>
    public async Task<OperationResult> UpdateAsync(Actor actor, int id, OrganisationForm form, CancellationToken ct = default) =>
        actor.HasStaffRights
            ? await ChangeAsync(actor, id, form, form.FoundedYear, form.Version, form.ApplyTo, ConflictMessage, ct)
            : OperationResult.Fail(Actor.NotAllowedMessage);

    /// <summary>
    /// The profile fields a member keeps up to date (<see cref="ProfileForm"/>), for staff or the organisation's own
    /// member; refused when the organisation changed after <see cref="ProfileForm.Version"/> was read.
    /// </summary>
    public async Task<OperationResult> UpdateProfileAsync(Actor actor, int id, ProfileForm form, CancellationToken ct = default) =>
        actor.MayWriteFor(id)
            ? await ChangeAsync(actor, id, form, form.FoundedYear, form.Version, form.ApplyTo, ProfileConflictMessage, ct)
            : OperationResult.Fail(OrganisationNotFoundMessage);

    /// <summary>
    /// The steps both edits of an existing organisation share, once the actor may make the change: validate the form,
    /// load the organisation, refuse when it changed after <paramref name="version"/> was read, apply the form, copy
    /// the organisation facts to the open responses, save.
    /// </summary>
    private async Task<OperationResult> ChangeAsync(
        Actor actor, int id, object form, int? foundedYear, uint? version, Action<Organisation> apply, string conflictMessage, CancellationToken ct)
    {
        if ((Validate(form) ?? OrganisationFacts.CheckFoundedYear(foundedYear, clock)) is { } error)
        {
            return OperationResult.Fail(error);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return OperationResult.Fail(OrganisationNotFoundMessage);
        }

        if (version is { } loaded)
        {
            db.Entry(organisation).Property(o => o.Version).OriginalValue = loaded;
        }

        apply(organisation);
        await OrganisationFacts.CopyToOpenResponsesAsync(db, organisation, actor.DisplayName, clock, ct);
        return await SaveAsync(db, ct, conflictMessage);
    }

    public async Task<OperationResult> SetArchivedAsync(Actor actor, int id, bool archived, CancellationToken ct = default)
    {
        if (!actor.HasStaffRights)
        {
            return OperationResult.Fail(Actor.NotAllowedMessage);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return OperationResult.Fail(OrganisationNotFoundMessage);
        }

        organisation.IsArchived = archived;
        if (archived)
        {
            organisation.MembershipStatus = MembershipStatus.Former;
        }

        return await SaveAsync(db, ct);
    }

    public async Task<OperationResult> AddLocationAsync(Actor actor, int organisationId, LocationForm form, CancellationToken ct = default)
    {
        if (!actor.MayWriteFor(organisationId))
        {
            return OperationResult.Fail(OrganisationNotFoundMessage);
        }

        if (Validate(form) is { } error)
        {
            return OperationResult.Fail(error);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
        {
            return OperationResult.Fail(OrganisationNotFoundMessage);
        }

        var location = new Location { OrganisationId = organisationId, Name = form.Name };
        form.ApplyTo(location);
        db.Locations.Add(location);
        return await SaveAsync(db, ct);
    }

    /// <summary>
    /// Saves the form over the location, provided nobody changed the location since the form was loaded
    /// (<see cref="LocationForm.Version"/>); otherwise nothing is stored and <see cref="LocationConflictMessage"/> is returned.
    /// </summary>
    public Task<OperationResult> UpdateLocationAsync(Actor actor, int locationId, LocationForm form, CancellationToken ct = default) =>
        Validate(form) is { } error
            ? Task.FromResult(OperationResult.Fail(error))
            : ChangeLocationAsync(actor, locationId, form.Version, l => form.ApplyTo(l), LocationConflictMessage, ct);

    /// <summary>
    /// Closes a location: it stays in earlier editions' counts but is no longer proposed for new ones. Refused when
    /// the location changed after <paramref name="version"/> was read.
    /// </summary>
    public Task<OperationResult> CloseLocationAsync(Actor actor, int locationId, uint version, DateOnly closedOn, CancellationToken ct = default) =>
        ChangeLocationAsync(actor, locationId, version, l =>
        {
            l.IsActive = false;
            l.ClosedOn = closedOn;
        }, LocationCloseConflictMessage, ct);

    /// <summary>Reopens a closed location; refused when the location changed after <paramref name="version"/> was read.</summary>
    public Task<OperationResult> ReopenLocationAsync(Actor actor, int locationId, uint version, CancellationToken ct = default) =>
        ChangeLocationAsync(actor, locationId, version, l =>
        {
            l.IsActive = true;
            l.ClosedOn = null;
        }, LocationReopenConflictMessage, ct);

    private async Task<OperationResult> ChangeLocationAsync(
        Actor actor, int locationId, uint? version, Action<Location> change, string conflictMessage, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var location = await db.Locations.SingleOrDefaultAsync(l => l.Id == locationId, ct);
        // Another organisation's location is answered like a missing one, so that guessing ids reveals nothing.
        if (location is null || !actor.MayWriteFor(location.OrganisationId))
        {
            return OperationResult.Fail(LocationNotFoundMessage);
        }

        if (version is { } seen)
        {
            // The UPDATE then says WHERE xmin = seen, which also catches a change between this read and the save.
            db.Entry(location).Property(l => l.Version).OriginalValue = seen;
        }

        change(location);
        return await SaveAsync(db, ct, conflictMessage);
    }

    private static async Task<OperationResult> SaveAsync(SurveyDbContext db, CancellationToken ct, string conflictMessage = ConflictMessage)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return OperationResult.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Fail(conflictMessage);
        }
    }

    /// <summary>The first Dutch validation message of a form, or null when it is valid.</summary>
    public static string? Validate(object form)
    {
        var results = new List<ValidationResult>();
        return Validator.TryValidateObject(form, new ValidationContext(form), results, validateAllProperties: true)
            ? null
            : results[0].ErrorMessage;
    }

    private static string Slug(string name)
    {
        var slug = SlugPattern().Replace(name.Trim().ToLowerInvariant()
            .Replace('é', 'e').Replace('ë', 'e').Replace('ï', 'i').Replace('ö', 'o').Replace('ü', 'u'), "-").Trim('-');
        return slug.Length == 0 ? "organisatie" : slug[..Math.Min(slug.Length, 56)];
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex SlugPattern();
}

public sealed record OrganisationName(int Id, string Name);

public sealed record OrganisationList(int? EditionYear, IReadOnlyList<OrganisationRow> Rows);

public sealed record OrganisationRow(int Id, string Name, string? City, int ActiveLocations, bool IsArchived, ResponseStatus Status);

public sealed record OrganisationDetails(Organisation Organisation, IReadOnlyList<EditionResponseRow> Responses);

public sealed record EditionResponseRow(int Year, EditionStatus EditionStatus, ResponseStatus Status,
    DateTimeOffset? CompletedAt, DateTimeOffset? LastChangedAt);
