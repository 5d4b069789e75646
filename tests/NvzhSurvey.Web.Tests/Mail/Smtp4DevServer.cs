using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests.Mail;

/// <summary>
/// A real SMTP server on loopback: smtp4dev 3.15 from the repository's tool manifest (<c>dotnet tool restore</c>),
/// in-memory database, free ports. Tests read what it received through its HTTP API (<c>/api/messages</c>,
/// <c>/api/messages/{id}/raw</c>). <see cref="StopAsync"/> and <see cref="StartAsync"/> again on the same port
/// simulate an outage of the mail server.
/// </summary>
public sealed class Smtp4DevServer : IAsyncDisposable
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "nvzh-smtp4dev-" + Guid.NewGuid().ToString("N"));
    private readonly HttpClient _http;
    private Process? _process;

    public Smtp4DevServer() => _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}/") };

    public int SmtpPort { get; } = FreePorts.Next();

    public int HttpPort { get; } = FreePorts.Next();

    public async Task StartAsync()
    {
        Directory.CreateDirectory(_dataFolder);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "tool", "run", "smtp4dev", "--", $"--smtpport={SmtpPort}", $"--urls=http://127.0.0.1:{HttpPort}", "--db=",
                     "--imapport=0", "--pop3port=0", "--nousersettings", "--hostname=localhost", "--tlsmode=None",
                     "--messagestokeep=1000", $"--baseappdatapath={_dataFolder}",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        _process = Process.Start(start) ?? throw new InvalidOperationException("smtp4dev did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"smtp4dev stopped with exit code {_process.ExitCode}; run 'dotnet tool restore' in the repository.");
            }

            try
            {
                using var response = await _http.GetAsync("api/messages");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("smtp4dev did not answer within 120 s");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>Stops the server (the mail server is "down"); messages received so far are gone with it.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async Task<IReadOnlyList<ReceivedSummary>> MessagesAsync()
    {
        var page = await _http.GetFromJsonAsync<MessagePage>("api/messages?pageSize=1000");
        return page?.Results ?? [];
    }

    /// <summary>The raw RFC 5322 text of every received message, oldest first.</summary>
    public async Task<IReadOnlyList<string>> RawMessagesAsync()
    {
        var result = new List<string>();
        foreach (var message in (await MessagesAsync()).OrderBy(m => m.ReceivedDate))
        {
            result.Add(await _http.GetStringAsync($"api/messages/{message.Id}/raw"));
        }

        return result;
    }

    /// <summary>Waits (on the condition, up to 60 s) until at least <paramref name="count"/> messages have arrived.</summary>
    public async Task<IReadOnlyList<ReceivedSummary>> WaitForAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var messages = await MessagesAsync();
            if (messages.Count >= count || DateTime.UtcNow > deadline)
            {
                return messages;
            }

            await Task.Delay(200);
        }
    }

    public async Task ClearAsync() => (await _http.DeleteAsync("api/messages/*")).EnsureSuccessStatusCode();

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _http.Dispose();
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    public sealed record ReceivedSummary(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("to")] string[] To,
        [property: JsonPropertyName("subject")] string Subject,
        [property: JsonPropertyName("receivedDate")] DateTimeOffset ReceivedDate,
        [property: JsonPropertyName("attachmentCount")] int AttachmentCount);

    private sealed record MessagePage([property: JsonPropertyName("results")] List<ReceivedSummary> Results);
}
