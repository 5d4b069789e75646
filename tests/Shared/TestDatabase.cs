using Microsoft.EntityFrameworkCore;
using Npgsql;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Data;
using Respawn;

namespace NvzhSurvey.Tests.Shared;

/// <summary>
/// A throwaway PostgreSQL database for one test run: created and migrated on start, emptied between tests
/// (Respawn), dropped at the end. The server comes from NVZH_TEST_POSTGRES (test.sh starts a local one).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _adminConnectionString;
    private Respawner? _respawner;

    private TestDatabase(string adminConnectionString, string name)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name, IncludeErrorDetail = true }.ConnectionString;
    }

    public string Name { get; }
    public string ConnectionString { get; }

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("NVZH_TEST_POSTGRES") is { Length: > 0 } configured
            ? configured
            : "Host=localhost;Username=nvzh;Password=nvzh";

    /// <param name="server">Another server than NVZH_TEST_POSTGRES (e.g. a <see cref="PrivatePostgres"/>).</param>
    public static async Task<TestDatabase> CreateAsync(string prefix, bool migrate = true, string? server = null)
    {
        var database = new TestDatabase(server ?? ServerConnectionString, $"{prefix}_{Guid.NewGuid():N}"[..40].ToLowerInvariant());
        await database.ExecuteOnServerAsync($"CREATE DATABASE \"{database.Name}\"");
        if (migrate)
        {
            await using var db = database.CreateDbContext();
            await db.Database.MigrateAsync();
        }

        return database;
    }

    public SurveyDbContext CreateDbContext(ICurrentActor? actor = null) =>
        new(new DbContextOptionsBuilder<SurveyDbContext>()
            .UseSurveyDatabase(ConnectionString)
            .AddInterceptors(new AuditInterceptor(actor ?? new SystemActor("test"), TimeProvider.System))
            .Options);

    public IDbContextFactory<SurveyDbContext> CreateFactory(ICurrentActor? actor = null) => new Factory(this, actor);

    /// <summary>Deletes every row (the schema and migrations history stay).</summary>
    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__EFMigrationsHistory"],
        });
        await _respawner.ResetAsync(connection);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException) when (attempt < 5)
            {
                // e.g. an autovacuum worker that this role may not end: it finishes by itself.
                await Task.Delay(500 * attempt);
            }
        }
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class Factory(TestDatabase database, ICurrentActor? actor) : IDbContextFactory<SurveyDbContext>
    {
        public SurveyDbContext CreateDbContext() => database.CreateDbContext(actor);
    }
}
