using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace NvzhSurvey.Core.Data;

/// <summary>Applies pending migrations. Logs and rethrows: an app that cannot migrate must not start.</summary>
public sealed class DatabaseInitializer(IDbContextFactory<SurveyDbContext> dbFactory, ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Database migrated ({Count} migrations applied)", pending.Count);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Migrating the database failed");
            throw;
        }
    }
}
