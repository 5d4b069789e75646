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

    /// <summary>
    /// Waits until a session of this test's database waits for a lock it has not been granted (pg_locks), never on a
    /// sleep alone. Fails at once when <paramref name="writer"/> finishes first: then it did not wait for the lock.
    /// </summary>
    protected async Task WaitUntilWaitingForALockAsync(Task writer, string because)
    {
        await using var db = CreateDbContext();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await db.Database.SqlQuery<int>($"""
                   SELECT count(*)::int AS "Value" FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                   WHERE NOT l.granted AND a.datname = current_database()
                   """).SingleAsync() == 0)
        {
            writer.IsCompleted.Should().BeFalse(because);
            DateTime.UtcNow.Should().BeBefore(deadline, because);
            await Task.Delay(20);
        }
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
