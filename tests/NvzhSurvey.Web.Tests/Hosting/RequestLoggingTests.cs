using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Tests.Shared;
using Serilog.Core;
using Serilog.Events;

namespace NvzhSurvey.Web.Tests.Hosting;

/// <summary>Serilog writes one structured line per request, and nothing that identifies a person or an answer.</summary>
public class RequestLoggingTests
{
    [Fact]
    public async Task Every_request_is_one_line_with_method_path_status_and_duration_and_no_personal_data_is_logged()
    {
        var sink = new CollectingSink();
        await using var app = new SurveyAppFactory { ConfigureServices = services => services.AddSingleton<ILogEventSink>(sink) };
        app.Settings["Serilog:MinimumLevel:Default"] = "Information";
        await app.StartAsync("nvzh_logging");
        int organisationId;
        string organisationName;
        await using (var db = app.Database.CreateDbContext())
        {
            (organisationId, organisationName) = await db.Organisations.Where(o => o.Key == "demo-04")
                .Select(o => new ValueTuple<int, string>(o.Id, o.Name)).SingleAsync();
        }

        await app.CreateUserAsync("jan.jansen@demo-04.example", Roles.Member, organisationId);
        var client = app.CreateBrowserlessClient();
        sink.Clear();

        await SurveyAppFactory.LoginAsync(client, "jan.jansen@demo-04.example", "Fout-wachtwoord-1");
        await SurveyAppFactory.LoginAsync(client, "jan.jansen@demo-04.example", SurveyAppFactory.Password);
        (await client.GetAsync("/mijn-organisatie?zoek=Jansen")).EnsureSuccessStatusCode();

        var requests = sink.Events.Where(e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal)).ToList();
        requests.Select(e => $"{Scalar(e, "RequestMethod")} {Scalar(e, "RequestPath")} {Scalar(e, "StatusCode")}").Should().Equal(
            "GET /Account/Login 200", "POST /Account/Login 200", "GET /Account/Login 200", "POST /Account/Login 302", "GET /mijn-organisatie 200");
        requests.Should().OnlyContain(e => e.Level == LogEventLevel.Information && e.Properties.ContainsKey("Elapsed"));

        var everything = string.Join("\n", sink.Events.Select(e => e.RenderMessage() + " " + string.Join(" ", e.Properties.Values) + " " + e.Exception));
        everything.Should().NotContainAny(["jan.jansen", "demo-04.example", "Fout-wachtwoord", SurveyAppFactory.Password, organisationName, "Jansen"]);
    }

    private static string? Scalar(LogEvent logEvent, string property) =>
        logEvent.Properties.TryGetValue(property, out var value) && value is ScalarValue scalar ? scalar.Value?.ToString() : null;

    private sealed class CollectingSink : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> _events = new();

        public IReadOnlyList<LogEvent> Events => [.. _events];

        public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

        public void Clear() => _events.Clear();
    }
}
