using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Accounts;

namespace NvzhSurvey.Tests.Shared;

/// <summary>
/// The real app (Program) on its own throwaway PostgreSQL database, with demo data and a bootstrap administrator.
/// Set <see cref="UseKestrelServer"/> for browser tests: the app then listens on a free loopback port.
/// </summary>
public partial class SurveyAppFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "beheer@nvzh.example";
    public const string Password = "Test-wachtwoord-2024";

    private TestDatabase? _database;
    private int? _port;

    /// <summary>The configured public address (Mail:LinkBaseUrl) the links in mails are built from.</summary>
    public string LinkBaseUrl => _port is { } port ? $"http://localhost:{port}" : "http://localhost";

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Call StartAsync first.");

    /// <summary>Load the demo data (25 organisations, editions 2024 and 2025) at start.</summary>
    public bool SeedDemoData { get; init; } = true;

    public bool UseKestrelServer { get; init; }

    /// <summary>The host environment; "Testing" unless a test is about another one.</summary>
    public string EnvironmentName { get; init; } = "Testing";

    /// <summary>The PostgreSQL server for the app's database; default NVZH_TEST_POSTGRES.</summary>
    public string? ServerConnectionString { get; init; }

    /// <summary>
    /// Another app's database to start on instead of a new one (a second app instance on the same database); this app
    /// leaves it to its owner. Set <see cref="SeedDemoData"/> false: the owner has seeded it.
    /// </summary>
    public TestDatabase? SharedDatabase { get; init; }

    /// <summary>Extra services, registered after the app's own (e.g. a Serilog sink that collects log events).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>Extra configuration, e.g. "Publication:ChromiumPath".</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>The folder where the file-drop mail sender writes .eml files (a fresh temp folder per app).</summary>
    public string MailDropFolder { get; } = Path.Combine(Path.GetTempPath(), "nvzh-mail-" + Guid.NewGuid().ToString("N"));

    /// <summary>The base address: Kestrel's real address, or the in-memory test server's.</summary>
    public Uri BaseAddress { get; private set; } = new("http://localhost");

    public async Task StartAsync(string databasePrefix = "nvzh_web")
    {
        _database = SharedDatabase ?? await TestDatabase.CreateAsync(databasePrefix, migrate: false, ServerConnectionString);
        if (UseKestrelServer)
        {
            _port = FreePorts.Next();
            UseKestrel(_port.Value);
            StartServer();
            BaseAddress = new Uri(ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority));
        }
        else
        {
            _ = Server;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        // Package assets (_content/MudBlazor, _framework) are served from the build output, as in Development.
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:Survey", Database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Seed:DemoData", SeedDemoData ? "true" : "false");
        builder.UseSetting("Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("Bootstrap:AdminPassword", Password);
        // Tests log in many times from one address: generous limits unless a test sets its own in Settings.
        builder.UseSetting("RateLimiting:Login:PermitLimit", "10000");
        builder.UseSetting("RateLimiting:Api:PermitLimit", "10000");
        builder.UseSetting("Mail:DropFolder", MailDropFolder);
        // Outside Development the public address is required, and the app answers only to its host and these extras.
        builder.UseSetting("Mail:LinkBaseUrl", LinkBaseUrl);
        builder.UseSetting("AllowedHosts", "localhost;127.0.0.1");
        // Test output shows warnings and errors of the app only, so a failing test's own message is easy to find.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (ConfigureServices is { } configure)
        {
            builder.ConfigureTestServices(configure);
        }
    }

    /// <summary>Creates a user in a role (member users linked to an organisation) with <see cref="Password"/>.</summary>
    public async Task<AppUser> CreateUserAsync(string email, string role, int? organisationId = null)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, OrganisationId = organisationId, DisplayName = email };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
        return user;
    }

    /// <summary>An HTTP client with a cookie jar that does not follow redirects.</summary>
    public HttpClient CreateBrowserlessClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = BaseAddress });

    /// <summary>Logs in through the real login form (with its antiforgery token) and returns the signed-in client.</summary>
    public async Task<HttpClient> CreateSignedInClientAsync(string email, string password = Password)
    {
        var client = CreateBrowserlessClient();
        var response = await LoginAsync(client, email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login of {email} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    public static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetStringAsync("/Account/Login");
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        return await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null && SharedDatabase is null)
        {
            await _database.DisposeAsync();
        }

        if (Directory.Exists(MailDropFolder))
        {
            Directory.Delete(MailDropFolder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
