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

    /// <summary>Loads the demo data set (editions 2024 and 2025, 25 organisations).</summary>
    protected Task<bool> SeedDemoDataAsync() =>
        new DemoDataSeeder(Database.CreateFactory(), NullLogger<DemoDataSeeder>.Instance).SeedAsync();
}
