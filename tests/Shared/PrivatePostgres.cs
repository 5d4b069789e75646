using System.Diagnostics;
using Npgsql;

namespace NvzhSurvey.Tests.Shared;

/// <summary>
/// A PostgreSQL server owned by one test (initdb into a temporary folder, its own port), so the test can stop and
/// start the database under a running app. Runs the server as the "postgres" user when the tests run as root
/// (initdb refuses root).
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _directory;
    private readonly string _binaries;

    private PrivatePostgres(string directory, string binaries, int port)
    {
        _directory = directory;
        _binaries = binaries;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Password=postgres;Timeout=3;Command Timeout=5";

    public static async Task<PrivatePostgres> StartAsync()
    {
        var binaries = Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d).Select(d => Path.Combine(d, "bin"))
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb"))) ?? throw new InvalidOperationException("PostgreSQL binaries not found.");
        var directory = Path.Combine(Path.GetTempPath(), $"nvzh-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var server = new PrivatePostgres(directory, binaries, FreePorts.Next());
        await File.WriteAllTextAsync(Path.Combine(directory, "pw"), "postgres");
        await RunAsync("chown", $"-R postgres:postgres {directory}", asPostgres: false);
        await RunAsync(Path.Combine(binaries, "initdb"), $"-D {directory}/data -U postgres --pwfile={directory}/pw -A scram-sha-256 --no-sync -E UTF8");
        await server.StartServerAsync();
        return server;
    }

    public async Task StartServerAsync()
    {
        await RunAsync(Path.Combine(_binaries, "pg_ctl"),
            $"-D {_directory}/data -l {_directory}/log -w -o \"-p {Port} -k {_directory} -c listen_addresses=127.0.0.1 -c fsync=off\" start");
    }

    /// <summary>Stops the server at once (fast shutdown: open connections are dropped, and so are this process's pools).</summary>
    public async Task StopServerAsync()
    {
        await RunAsync(Path.Combine(_binaries, "pg_ctl"), $"-D {_directory}/data -m fast -w stop");
        NpgsqlConnection.ClearAllPools();
    }

    public async Task<bool> IsReachableAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString() + ";Pooling=false");
            await connection.OpenAsync();
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunAsync(Path.Combine(_binaries, "pg_ctl"), $"-D {_directory}/data -m immediate -w stop");
        }
        catch (InvalidOperationException)
        {
            // already stopped
        }

        Directory.Delete(_directory, recursive: true);
    }

    private static async Task RunAsync(string command, string arguments, bool asPostgres = true)
    {
        var runAsPostgres = asPostgres && Environment.UserName == "root";
        var start = runAsPostgres
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", "sh", "-c", $"{command} {arguments}"])
            : new ProcessStartInfo("sh", ["-c", $"{command} {arguments}"]);
        start.RedirectStandardError = true;
        start.RedirectStandardOutput = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(command)} failed ({process.ExitCode}): {errors}{await output}");
        }
    }
}
