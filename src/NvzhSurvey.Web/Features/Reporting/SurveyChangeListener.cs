using Npgsql;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Web.Features.Reporting;

/// <summary>
/// Holds one dedicated PostgreSQL connection that <c>LISTEN</c>s on <see cref="SurveyChangeChannel.Name"/> and
/// invalidates this instance's cached reports (<see cref="SurveyDataVersion.Bump"/>) when another instance on the same
/// database saves a change. After a lost connection it reconnects with backoff (1 s doubling to 30 s) and invalidates
/// again, since notifications sent meanwhile are lost. While it is not listening, <see cref="IsListening"/> is false
/// and <see cref="ReportCache"/> does not reuse reports.
/// </summary>
public sealed class SurveyChangeListener(
    IConfiguration configuration, SurveyChangeChannel channel, SurveyDataVersion version, ILogger<SurveyChangeListener> logger)
    : BackgroundService
{
    /// <summary>The application_name of the listening connection, as operators (and tests) find it in pg_stat_activity.</summary>
    public const string ApplicationName = "NvzhSurvey change listener";

    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    private volatile bool _listening;
    private int _connections;

    public bool IsListening => _listening;

    /// <summary>How many times a connection started listening (goes up at every reconnect).</summary>
    public int Connections => Volatile.Read(ref _connections);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = ListenerConnectionString(configuration);
        var delay = FirstRetryDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                var wasListening = _listening;
                _listening = false;
                version.Bump();
                if (wasListening)
                {
                    delay = FirstRetryDelay;
                }

                logger.LogWarning(exception, "Not listening for changes of other app instances; reports are not reused until it reconnects in {Delay} s",
                    delay.TotalSeconds);
                try
                {
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
            }
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, notification) =>
        {
            if (notification.Payload != channel.InstanceId)
            {
                version.Bump();
            }
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {SurveyChangeChannel.Name}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // Changes made while this instance was not listening were not announced to it.
        version.Bump();
        _listening = true;
        Interlocked.Increment(ref _connections);
        logger.LogInformation("Listening for changes of other app instances (connection {Connections})", Connections);
        try
        {
            while (true)
            {
                await connection.WaitAsync(stoppingToken);
            }
        }
        finally
        {
            _listening = false;
        }
    }

    /// <summary>The app's connection string, unpooled (a dedicated connection), named, and with TCP keepalives so a silently dropped connection is noticed.</summary>
    private static string ListenerConnectionString(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Survey")
            ?? throw new InvalidOperationException("ConnectionStrings:Survey is not configured.");
        return new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            ApplicationName = ApplicationName,
            KeepAlive = 15,
        }.ConnectionString;
    }
}
