using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using NvzhSurvey.Web.Features.Publication;

namespace NvzhSurvey.Benchmarks;

/// <summary>
/// The real app in-process on a benchmark database, with the demo data (2024 published with its snapshot and stored
/// benchmark rows). Any type of the web assembly names the app to start (Program would clash with this tool's own).
/// </summary>
internal sealed class DemoApp(string connectionString) : WebApplicationFactory<ChromiumPdfPrinter>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSolutionRelativeContentRoot("src/NvzhSurvey.Web");
        // Not Production: that refuses demo data and the shipped database password (StartupSettingsCheck).
        builder.UseEnvironment("Testing");
        builder.UseSetting("Mail:LinkBaseUrl", "http://localhost");
        builder.UseSetting("ConnectionStrings:Survey", connectionString);
        builder.UseSetting("Seed:DemoData", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}
