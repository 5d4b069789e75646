using Microsoft.EntityFrameworkCore;
using Npgsql;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Exchange;

/// <summary>The request for a new edition (API: <c>POST /api/v1/editions</c>).</summary>
public sealed class NewEditionRequest
{
    public int? Year { get; set; }

    /// <summary>The edition whose questionnaire is copied; empty: the most recent edition (or the 2024 questionnaire).</summary>
    public int? CopyQuestionnaireFrom { get; set; }

    /// <summary>Optional manual figures, only for an edition whose member list predates the app; else the member list counts.</summary>
    public int? MembersTotal { get; set; }

    public int? LocationsAllMembers { get; set; }
}

public abstract record EditionCreation
{
    private EditionCreation()
    {
    }

    public sealed record Created(Edition Edition) : EditionCreation;

    public sealed record Invalid(IReadOnlyList<ExchangeError> Errors) : EditionCreation;

    public sealed record AlreadyExists(int Year) : EditionCreation;
}

/// <summary>Creates a draft edition with a copy of an earlier questionnaire (same keys, so imports and reports line up).</summary>
public sealed class EditionCreator(IDbContextFactory<SurveyDbContext> dbFactory)
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public async Task<EditionCreation> CreateAsync(NewEditionRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var errors = new List<ExchangeError>();
        if (request.Year is not { } year || year < FirstYear || year > LastYear)
        {
            errors.Add(new("year", $"Vul een jaar in tussen {FirstYear} en {LastYear}."));
            year = 0;
        }

        CheckCount(request.MembersTotal, "membersTotal", errors);
        CheckCount(request.LocationsAllMembers, "locationsAllMembers", errors);

        var sourceYear = request.CopyQuestionnaireFrom
            ?? await db.Editions.Where(e => e.Year != year).MaxAsync(e => (int?)e.Year, cancellationToken);
        var source = sourceYear is { } from
            ? await db.Editions.AsNoTracking()
                .Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Options)
                .Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.TextLists)
                .SingleOrDefaultAsync(e => e.Year == from, cancellationToken)
            : null;
        if (request.CopyQuestionnaireFrom is { } wanted && source is null)
        {
            errors.Add(new("copyQuestionnaireFrom", $"Editie {wanted} bestaat niet."));
        }

        if (errors.Count > 0)
        {
            return new EditionCreation.Invalid(errors);
        }

        if (await db.Editions.AnyAsync(e => e.Year == year, cancellationToken))
        {
            return new EditionCreation.AlreadyExists(year);
        }

        var edition = new Edition
        {
            Year = year,
            Status = EditionStatus.Draft,
            MembersTotal = request.MembersTotal,
            LocationsAllMembers = request.LocationsAllMembers,
            Sections = source is null ? QuestionnaireCopier.From2024Seed(year) : QuestionnaireCopier.Copy(source.Sections, source.Year, year),
            Texts = DefaultEditionTexts.Create(),
        };
        db.Editions.Add(edition);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return new EditionCreation.AlreadyExists(year);
        }

        return new EditionCreation.Created(edition);
    }

    private static void CheckCount(int? value, string path, List<ExchangeError> errors)
    {
        // Optional: a manual figure only for an edition whose member list predates the app (else the member list counts).
        if (value < 0)
        {
            errors.Add(new(path, "Moet 0 of meer zijn."));
        }
        else if (value > 100_000)
        {
            errors.Add(new(path, "Dit getal is onwaarschijnlijk groot; controleer de invoer."));
        }
    }
}
