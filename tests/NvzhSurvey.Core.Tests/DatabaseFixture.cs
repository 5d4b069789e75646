using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Core.Tests;

/// <summary>One migrated PostgreSQL database for the whole test assembly; see <see cref="DatabaseTest"/>.</summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = default!;

    public async Task InitializeAsync() => Database = await TestDatabase.CreateAsync("nvzh_core");

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class DatabaseCollection : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "database";
}
