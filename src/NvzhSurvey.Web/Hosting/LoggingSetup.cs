using Serilog;
using Serilog.Events;

namespace NvzhSurvey.Web.Hosting;

public static class LoggingSetup
{
    /// <summary>
    /// Structured console logs (Serilog, configured from "Serilog" in appsettings). Only ids, keys and counts are
    /// logged: never names, e-mail addresses, answers or passwords. The logger belongs to this app (it does not
    /// replace the static Log.Logger), so several apps in one process, as in the tests, each log their own requests.
    /// </summary>
    public static void AddSurveyLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate:
                "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {Properties:j}{NewLine}{Exception}"),
            preserveStaticLogger: true);

    /// <summary>One line per HTTP request with method, path (no query string), status and duration.</summary>
    public static void UseSurveyRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : context.Request.Path.StartsWithSegments("/_blazor") || context.Request.Path.StartsWithSegments("/_framework")
                    ? LogEventLevel.Verbose
                    : LogEventLevel.Information;
        });
}
