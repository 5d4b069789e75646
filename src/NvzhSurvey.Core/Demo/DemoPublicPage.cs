using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;

namespace NvzhSurvey.Core.Demo;

/// <summary>
/// The demo shows the public web edition: right after the demo data is loaded, its 2024 edition's public page is
/// switched on when that edition is published (in a real database the board decides; it is off by default).
/// </summary>
public sealed class DemoPublicPage(IDbContextFactory<SurveyDbContext> dbFactory)
{
    public Task<bool> SwitchOnIfPublishedAsync(CancellationToken cancellationToken = default) =>
        SwitchOnIfPublishedAsync(DemoSpecification.Load2024().Year, cancellationToken);

    public async Task<bool> SwitchOnIfPublishedAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var edition = await db.Editions.SingleOrDefaultAsync(e => e.Year == year && e.Status == EditionStatus.Published, cancellationToken);
        if (edition is null || !await db.PublicationSnapshots.AnyAsync(s => s.EditionId == edition.Id, cancellationToken))
        {
            return false;
        }

        edition.PublicPageEnabled = true;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
