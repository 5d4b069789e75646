using Npgsql;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Core.Tests.Operations;

/// <summary>The private server used by fault tests can really be stopped and started again.</summary>
public class PrivatePostgresTests
{
    [Fact]
    public async Task A_private_server_stops_and_starts_with_its_data()
    {
        await using var server = await PrivatePostgres.StartAsync();
        await ExecuteAsync(server, "CREATE TABLE kept (value int); INSERT INTO kept VALUES (42);");

        await server.StopServerAsync();
        (await server.IsReachableAsync()).Should().BeFalse();
        await server.StartServerAsync();

        (await server.IsReachableAsync()).Should().BeTrue();
        await using var connection = new NpgsqlConnection(server.ConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT value FROM kept", connection);
        (await command.ExecuteScalarAsync()).Should().Be(42);
    }

    private static async Task ExecuteAsync(PrivatePostgres server, string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
