using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Core.Cycle;

/// <summary>The form of an edition's invitation template, deadline and reminder days ("14, 28").</summary>
public sealed class CycleSettingsForm
{
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTime? Deadline { get; set; }
    public string ReminderDays { get; set; } = "14, 28";
}

/// <summary>Loads and saves an edition's mail settings (staff only); an edition without settings gets the default template.</summary>
public sealed class CycleSettingsService(IDbContextFactory<SurveyDbContext> dbFactory)
{
    public async Task<CycleSettingsForm?> LoadAsync(int year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var edition = await db.Editions.AsNoTracking().SingleOrDefaultAsync(e => e.Year == year, ct);
        if (edition is null)
        {
            return null;
        }

        var settings = await LoadOrDefaultAsync(db, edition.Id, year, ct);
        return new CycleSettingsForm
        {
            Subject = settings.InvitationSubject,
            Body = settings.InvitationBody,
            Deadline = settings.Deadline?.ToDateTime(TimeOnly.MinValue),
            ReminderDays = string.Join(", ", settings.ReminderDays),
        };
    }

    internal static async Task<EditionMailSettings> LoadOrDefaultAsync(SurveyDbContext db, int editionId, int year, CancellationToken ct) =>
        await db.EditionMailSettings.AsNoTracking().SingleOrDefaultAsync(s => s.EditionId == editionId, ct)
        ?? new EditionMailSettings
        {
            EditionId = editionId, InvitationSubject = CycleTemplate.DefaultSubject(year), InvitationBody = CycleTemplate.DefaultBody,
            ReminderDays = [14, 28],
        };

    /// <summary>Parses "14, 28" into sorted distinct days 1–365, or null with a Dutch message.</summary>
    public static (List<int>? Days, string? Error) ParseDays(string text)
    {
        var days = new List<int>();
        foreach (var part in text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, out var day) || day is < 1 or > 365)
            {
                return (null, $"'{part}' is geen aantal dagen tussen 1 en 365.");
            }

            days.Add(day);
        }

        return (days.Distinct().Order().ToList(), null);
    }

    public async Task<OperationResult> SaveAsync(Actor actor, int year, CycleSettingsForm form, CancellationToken ct = default)
    {
        if (!actor.HasStaffRights)
        {
            return OperationResult.Fail(Actor.NotAllowedMessage);
        }

        if (string.IsNullOrWhiteSpace(form.Subject) || string.IsNullOrWhiteSpace(form.Body))
        {
            return OperationResult.Fail("Onderwerp en tekst zijn verplicht.");
        }

        if (CycleTemplate.UnknownPlaceholders(form.Subject + form.Body) is { Count: > 0 } unknown)
        {
            return OperationResult.Fail($"Onbekende invulplek: {string.Join(", ", unknown)}. Gebruik {string.Join(", ", CycleTemplate.Placeholders)}.");
        }

        var (days, error) = ParseDays(form.ReminderDays);
        if (days is null)
        {
            return OperationResult.Fail(error!);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var edition = await db.Editions.AsNoTracking().SingleOrDefaultAsync(e => e.Year == year, ct);
        if (edition is null)
        {
            return OperationResult.Fail("Deze editie bestaat niet.");
        }

        var settings = await db.EditionMailSettings.SingleOrDefaultAsync(s => s.EditionId == edition.Id, ct);
        if (settings is null)
        {
            settings = new EditionMailSettings { EditionId = edition.Id, InvitationSubject = "", InvitationBody = "" };
            db.EditionMailSettings.Add(settings);
        }

        settings.InvitationSubject = form.Subject.Trim();
        settings.InvitationBody = form.Body.Trim();
        settings.Deadline = form.Deadline is { } deadline ? DateOnly.FromDateTime(deadline) : null;
        settings.ReminderDays = days;
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }
}
