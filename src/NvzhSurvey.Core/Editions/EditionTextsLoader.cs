using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Core.Editions;

/// <summary>
/// What the texts editor (/edities/{year}/teksten) and the texts API start from: the edition's chapters and stored
/// narrative texts, whether they are read-only, and (for the editor's placeholders) the participation figures.
/// Saving is <see cref="EditionService.SaveTextsAsync"/>.
/// </summary>
public sealed class EditionTextsLoader(IDbContextFactory<SurveyDbContext> dbFactory, ReportBuilder reports)
{
    /// <summary>The chapters and stored texts of the edition of <paramref name="year"/>; null when there is none.</summary>
    public async Task<EditionTexts?> LoadTextsAsync(int year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var edition = await db.Editions.AsNoTracking().Include(e => e.Sections).Include(e => e.Texts)
            .SingleOrDefaultAsync(e => e.Year == year, ct);
        return edition is null ? null : new EditionTexts(edition.IsReadOnly, edition.Sections, edition.Texts);
    }

    /// <summary>The texts with the participation figures their placeholders are filled in with.</summary>
    public async Task<(EditionTexts Texts, Participation Participation)?> LoadForEditorAsync(int year, CancellationToken ct = default)
    {
        if (await LoadTextsAsync(year, ct) is not { } texts)
        {
            return null;
        }

        // The placeholders use this edition's figures only, so the previous edition is not computed.
        var report = await reports.BuildAsync(year, compareWithPrevious: false, cancellationToken: ct);
        return (texts, report!.Participation);
    }
}

public sealed record EditionTexts(bool IsReadOnly, IReadOnlyList<Section> Sections, IReadOnlyList<EditionText> Texts);
