using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Tests.Shared;
using Serilog.Core;
using Serilog.Events;

namespace NvzhSurvey.Web.Tests.Hosting;

/// <summary>A newcomer's first start: the app creates its tables on an empty database and logs no error on the way.</summary>
public class FirstStartTests
{
    [Fact]
    public async Task The_first_start_on_a_new_database_writes_no_error_lines()
    {
        var sink = new CollectingSink();
        await using var app = new SurveyAppFactory { ConfigureServices = services => services.AddSingleton<ILogEventSink>(sink) };
        // Information, as in production: the migration's own lines must be there, its expected probe must not be an error.
        app.Settings["Serilog:MinimumLevel:Default"] = "Information";

        await app.StartAsync("nvzh_firststart");

        sink.Events.Should().Contain(e => e.MessageTemplate.Text.StartsWith("Database migrated", StringComparison.Ordinal), "the start migrated the new database");
        sink.Events.Where(e => e.Level >= LogEventLevel.Error).Select(e => $"{e.Properties.GetValueOrDefault("SourceContext")}: {e.RenderMessage()}")
            .Should().BeEmpty("a first start on an empty database is not a failure");
    }

    private sealed class CollectingSink : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> _events = new();

        public IReadOnlyList<LogEvent> Events => [.. _events];

        public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
    }
}
