using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Demo;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Core.Tests;

/// <summary>Base class of tests against PostgreSQL: every test starts with an empty database.</summary>
[Collection(DatabaseCollection.Name)]
public abstract class DatabaseTest(DatabaseFixture fixture) : IAsyncLifetime
{
    protected TestDatabase Database => fixture.Database;

    public virtual Task InitializeAsync() => fixture.Database.ResetAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected SurveyDbContext CreateDbContext() => Database.CreateDbContext();

    protected async Task<T> ExecuteDbContextAsync<T>(Func<SurveyDbContext, Task<T>> action)
    {
        await using var db = CreateDbContext();
        return await action(db);
    }

    protected async Task ExecuteDbContextAsync(Func<SurveyDbContext, Task> action)
    {
        await using var db = CreateDbContext();
        await action(db);
    }

    protected async Task InsertAsync(params object[] entities)
    {
        await using var db = CreateDbContext();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }

    /// <summary>Loads the demo data set (2024 published, 2025 open; 49 member organisations, 25 took part in 2024).</summary>
    protected Task<bool> SeedDemoDataAsync() =>
        new DemoDataSeeder(Database.CreateFactory(), TimeProvider.System, NullLogger<DemoDataSeeder>.Instance).SeedAsync();

    /// <summary>The demo data with 2024 closed (or open) instead of published, without snapshot, for tests that change or publish it.</summary>
    protected async Task SeedDemoDataWith2024ClosedAsync(Core.Editions.EditionStatus status = Core.Editions.EditionStatus.Closed)
    {
        await SeedDemoDataAsync();
        await ExecuteDbContextAsync(async db =>
        {
            var edition = await db.Editions.SingleAsync(e => e.Year == 2024);
            await db.PublicationSnapshots.Where(s => s.EditionId == edition.Id).ExecuteDeleteAsync();
            if (status == Core.Editions.EditionStatus.Open)
            {
                await db.EditionMembers.Where(m => m.EditionId == edition.Id).ExecuteDeleteAsync();
            }

            await db.Editions.Where(e => e.Id == edition.Id).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Status, status).SetProperty(e => e.PublishedAt, (DateTimeOffset?)null));
        });
    }
}
