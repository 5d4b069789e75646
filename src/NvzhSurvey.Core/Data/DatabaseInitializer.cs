using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
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
            await CreateHistoryTableOfANewDatabaseAsync(db, cancellationToken);
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

    /// <summary>
    /// On a new database EF Core's first query of the migrations history fails (the table does not exist yet); EF Core
    /// expects that and goes on, but logs the failed command as an error, which a newcomer reads as a failed start.
    /// Creating the database and the (empty) history table first, after asking the catalog (no failing query), keeps
    /// the first start free of error lines; any other failure is still logged.
    /// </summary>
    private static async Task CreateHistoryTableOfANewDatabaseAsync(SurveyDbContext db, CancellationToken cancellationToken)
    {
        var database = db.GetService<IRelationalDatabaseCreator>();
        if (!await database.ExistsAsync(cancellationToken))
        {
            await database.CreateAsync(cancellationToken);
        }

        // The catalog, not EF Core's probe: its ExistsAsync queries the table itself and logs the expected failure.
        var historyTable = $"\"{HistoryRepository.DefaultTableName}\"";
        var exists = await db.Database.SqlQuery<bool>($"SELECT to_regclass({historyTable}) IS NOT NULL AS \"Value\"").SingleAsync(cancellationToken);
        if (!exists)
        {
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
        }
    }
}
