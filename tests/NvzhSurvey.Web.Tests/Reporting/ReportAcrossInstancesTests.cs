using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NvzhSurvey.Tests.Shared;
using NvzhSurvey.Web.Features.Reporting;
using Xunit.Abstractions;

namespace NvzhSurvey.Web.Tests.Reporting;

/// <summary>
/// Two app instances on one database (as behind a load balancer): a change saved through one is in the other's
/// report within 2 s, through PostgreSQL LISTEN/NOTIFY, also after the listening connection was lost.
/// </summary>
public class ReportAcrossInstancesTests(TwoInstancesFixture instances, ITestOutputHelper output) : IClassFixture<TwoInstancesFixture>
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(2);

    /// <param name="inTransaction">false: one auto-committed statement (notified right after it); true: inside an
    /// explicit transaction (notified by the commit).</param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_change_saved_on_one_instance_is_in_the_other_instances_cached_report_within_two_seconds(bool inTransaction)
    {
        await ReportCacheTests.WaitUntilListeningAsync(instances.B);
        var (clientA, clientB, before) = await WarmReportsAsync();

        await ReportCacheTests.AddToFirstFteAsync(instances.A, 2m, inTransaction);

        (await ReportCacheTests.FteTotalAsync(clientA)).Should().Be(before + 2m, "A invalidates its own report at once");
        await ShowsWithinTwoSecondsAsync(clientB, before + 2m);
    }

    [Fact]
    public async Task After_its_listening_connection_is_ended_an_instance_reconnects_and_again_sees_the_other_instances_changes()
    {
        var listener = instances.B.Services.GetRequiredService<SurveyChangeListener>();
        await ReportCacheTests.WaitUntilListeningAsync(instances.B);
        var connections = listener.Connections;

        var ended = await EndListeningConnectionsAsync();

        ended.Should().Be(2, "each instance has one listening connection");
        await ReportCacheTests.WaitUntilListeningAsync(instances.B, connections + 1);
        var (_, clientB, before) = await WarmReportsAsync();
        await ReportCacheTests.AddToFirstFteAsync(instances.A, 3m);
        await ShowsWithinTwoSecondsAsync(clientB, before + 3m);
    }

    /// <summary>
    /// Signs in on both instances and has B compute (and cache) its report. The figure before the change is A's, which
    /// is fresh, so a test is not misled by a stale B that an earlier failing test left behind.
    /// </summary>
    private async Task<(HttpClient A, HttpClient B, decimal Before)> WarmReportsAsync()
    {
        var clientA = await instances.A.CreateSignedInClientAsync(SurveyAppFactory.AdminEmail);
        var clientB = await instances.B.CreateSignedInClientAsync(SurveyAppFactory.AdminEmail);
        await ReportCacheTests.FteTotalAsync(clientB);
        return (clientA, clientB, await ReportCacheTests.FteTotalAsync(clientA));
    }

    /// <summary>Polls B's report (no fixed sleep) until it shows <paramref name="expected"/>; fails after 2 s.</summary>
    private async Task ShowsWithinTwoSecondsAsync(HttpClient clientB, decimal expected)
    {
        var clock = Stopwatch.StartNew();
        decimal shown;
        while ((shown = await ReportCacheTests.FteTotalAsync(clientB)) != expected)
        {
            clock.Elapsed.Should().BeLessThan(Within, $"instance B should show the fte total {expected} saved on A, not {shown}");
            await Task.Delay(25);
        }

        output.WriteLine($"B showed A's change after {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    private async Task<int> EndListeningConnectionsAsync()
    {
        await using var connection = new NpgsqlConnection(instances.A.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid))::int FROM pg_stat_activity WHERE datname = current_database() AND application_name = @name", connection);
        command.Parameters.AddWithValue("name", SurveyChangeListener.ApplicationName);
        return (int)(await command.ExecuteScalarAsync())!;
    }
}

/// <summary>Instance A owns the database with the demo data; instance B starts on the same database.</summary>
public sealed class TwoInstancesFixture : IAsyncLifetime
{
    public SurveyAppFactory A { get; } = new();

    public SurveyAppFactory B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await A.StartAsync("nvzh_instances");
        B = new SurveyAppFactory { SharedDatabase = A.Database, SeedDemoData = false };
        await B.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
    }
}
