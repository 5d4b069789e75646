using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Reporting;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Publication;

/// <summary>
/// Builds the publication input of an edition from live data (report, texts, appendix). The publication is read by
/// the board and members: figures with too few answers are withheld (<see cref="ReportSuppression"/>).
/// </summary>
public sealed class PublicationInputBuilder(IDbContextFactory<SurveyDbContext> dbFactory, SmallNumberRule? rule = null)
{
    public async Task<PublicationInput?> BuildAsync(int year, PublicationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var full = await new ReportBuilder(dbFactory, rule).BuildAsync(year, includeHiddenTexts: false, cancellationToken: cancellationToken);
        if (full is null)
        {
            return null;
        }

        var report = ReportSuppression.Restrict(full);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var editionId = await db.Editions.Where(e => e.Year == year).Select(e => e.Id).SingleAsync(cancellationToken);
        var texts = await db.EditionTexts.AsNoTracking()
            .Where(t => t.EditionId == editionId)
            .OrderBy(t => t.Key)
            .Select(t => new { t.Key, t.Markdown })
            .ToListAsync(cancellationToken);

        var participants = await db.Responses.AsNoTracking()
            .Where(r => r.EditionId == editionId && r.Status == ResponseStatus.Completed)
            .Select(r => new
            {
                r.Organisation!.Name,
                r.Organisation.City,
                r.Organisation.ConsentToBeNamed,
                r.Organisation.ConsentToQuotes,
                r.Quote,
            })
            .ToListAsync(cancellationToken);

        var culture = StringComparer.Create(DutchFormat.Culture, ignoreCase: true);
        var appendix = new PublicationAppendix(
            participants.Where(p => p.ConsentToBeNamed)
                .OrderBy(p => p.Name, culture)
                .Select(p => new NamedOrganisation(p.Name, p.City))
                .ToList(),
            participants.Where(p => p.ConsentToQuotes && !string.IsNullOrWhiteSpace(p.Quote))
                .OrderBy(p => p.ConsentToBeNamed ? 0 : 1).ThenBy(p => p.Name, culture)
                .Select(p => new PublishedQuote(p.Quote!.Trim(), p.ConsentToBeNamed ? p.Name : null, p.ConsentToBeNamed ? p.City : null))
                .ToList());

        return new PublicationInput(
            year,
            report,
            texts.Select(t => new PublicationText(t.Key, PublicationPlaceholders.Fill(t.Markdown, year, report.Participation))).ToList(),
            appendix,
            options ?? PublicationOptions.Default);
    }
}
