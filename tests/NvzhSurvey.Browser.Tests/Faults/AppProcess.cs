using System.Diagnostics;
using System.Net;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Browser.Tests.Faults;

/// <summary>The app as a separate operating-system process (the built NvzhSurvey.Web.dll), so a test can kill it hard.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();
    private Process? _process;

    public AppProcess(string connectionString)
    {
        _connectionString = connectionString;
        Port = FreePorts.Next();
    }

    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public async Task StartAsync()
    {
        var repository = RepositoryPaths.Root;
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name; // bin/<Configuration>/net10.0
        var web = Path.Combine(repository, "src", "NvzhSurvey.Web");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(web, "bin", configuration, "net10.0", "NvzhSurvey.Web.dll"), "--urls", BaseAddress.ToString().TrimEnd('/')])
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Survey"] = _connectionString;
        start.Environment["Seed__DemoData"] = "true";
        start.Environment["Bootstrap__AdminEmail"] = SurveyAppFactory.AdminEmail;
        start.Environment["Bootstrap__AdminPassword"] = SurveyAppFactory.Password;
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode}:\n{string.Join("\n", _output)}");
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("The app did not become healthy within 60 s.");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 60)
        {
            _output.TryDequeue(out _);
        }
    }

    /// <summary>SIGKILL: no shutdown, no flushing; whatever was acknowledged must already be in the database.</summary>
    public void Kill()
    {
        _process?.Kill(entireProcessTree: true);
        _process?.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            Kill();
        }

        _process?.Dispose();
        return ValueTask.CompletedTask;
    }
}
