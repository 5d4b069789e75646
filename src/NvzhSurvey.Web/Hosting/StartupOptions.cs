namespace NvzhSurvey.Web.Hosting;

/// <summary>Configuration read at start: "Database:MigrateOnStartup", "Seed:DemoData" and "Bootstrap:*".</summary>
public sealed class StartupOptions
{
    public bool MigrateOnStartup { get; set; } = true;
    public bool SeedDemoData { get; set; }
    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
    public string? ApiToken { get; set; }

    public static StartupOptions From(IConfiguration configuration) => new()
    {
        MigrateOnStartup = configuration.GetValue("Database:MigrateOnStartup", true),
        SeedDemoData = configuration.GetValue("Seed:DemoData", false),
        AdminEmail = configuration["Bootstrap:AdminEmail"],
        AdminPassword = configuration["Bootstrap:AdminPassword"],
        ApiToken = configuration["Bootstrap:ApiToken"],
    };
}
