using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Tests.Shared;
using Xunit.Abstractions;

namespace NvzhSurvey.Web.Tests.Authorization;

/// <summary>Runs every row of <see cref="AuthorizationMatrix"/> for anonymous, the four roles and the two token scopes.</summary>
[Collection(AppCollection.Name)]
public class AuthorizationMatrixTests(AppFixture app, ITestOutputHelper output)
{
    public const string MemberEmail = "lid@demo-01.example";

    public static TheoryData<string> Urls => new(AuthorizationMatrix.Rows.Select(r => r.ToString()));

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Every_principal_gets_exactly_the_expected_access(string row)
    {
        var entry = AuthorizationMatrix.Rows.Single(r => r.ToString() == row);
        var principals = await Principals.GetAsync(app.Factory);
        var url = await ResolveAsync(entry.Url);
        var expectations = new (string Who, Access Expected)[]
        {
            ("anonymous", entry.Anonymous), ("Lid", entry.Member), ("Bestuur", entry.Board), ("Medewerker", entry.Staff),
            ("Beheerder", entry.Admin), ("token ReadReports", entry.ReadToken), ("token Full", entry.FullToken),
        };

        var failures = new List<string>();
        foreach (var (who, expected) in expectations)
        {
            using var request = new HttpRequestMessage(new HttpMethod(entry.Method), url);
            using var response = await principals.ClientFor(who).SendAsync(request);
            var actual = $"{(int)response.StatusCode} {response.Headers.Location}";
            output.WriteLine($"{who,-18} expected {expected,-24} got {actual}");
            if (!expected.Matches(response))
            {
                failures.Add($"{who}: expected {expected}, got {actual}");
            }
        }

        failures.Should().BeEmpty($"{entry.Method} {url} must give exactly the expected access");
    }

    [Fact]
    public void Every_page_route_of_the_app_is_in_the_matrix()
    {
        var routes = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes(typeof(Microsoft.AspNetCore.Components.RouteAttribute), inherit: false))
            .Cast<Microsoft.AspNetCore.Components.RouteAttribute>()
            .Select(r => r.Template)
            .Where(t => t is not "/Error" and not "/niet-gevonden")
            .ToList();
        var covered = AuthorizationMatrix.Rows.Select(r => Normalise(r.Url)).ToHashSet();

        routes.Select(Normalise).Where(r => !covered.Contains(r)).Should().BeEmpty("every page needs a row in AuthorizationMatrix");
    }

    // "/organisaties/{OrganisationId:int}/uitnodigen" and "/organisaties/{ownOrganisation}/uitnodigen" compare equal.
    private static string Normalise(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template.Split('?')[0], @"\{[^}]+\}|\d+$|/\d+/", m => m.Value.StartsWith('/') ? "/{}/" : "{}").ToLowerInvariant();

    private async Task<string> ResolveAsync(string url)
    {
        await using var db = app.Factory.Database.CreateDbContext();
        var own = await db.Organisations.Where(o => o.Key == "demo-01").Select(o => o.Id).SingleAsync();
        var other = await db.Organisations.Where(o => o.Key == "demo-02").Select(o => o.Id).SingleAsync();
        return url
            .Replace("{ownOrganisationKey}", "demo-01").Replace("{otherOrganisationKey}", "demo-02")
            .Replace("{ownOrganisation}", own.ToString())
            .Replace("{otherOrganisation}", other.ToString())
            .Replace("{ownLocation}", (await db.Locations.Where(l => l.OrganisationId == own).Select(l => l.Id).MinAsync()).ToString())
            .Replace("{otherLocation}", (await db.Locations.Where(l => l.OrganisationId == other).Select(l => l.Id).MinAsync()).ToString())
            .Replace("{closedYear}", (await db.Editions.Where(e => e.Status == EditionStatus.Closed || e.Status == EditionStatus.Published).Select(e => e.Year).MaxAsync()).ToString())
            .Replace("{openYear}", (await db.Editions.Where(e => e.Status == EditionStatus.Open).Select(e => e.Year).MaxAsync()).ToString());
    }

    /// <summary>One signed-in client per role and one per token scope, shared by all rows of a test run.</summary>
    internal sealed class Principals
    {
        private static readonly SemaphoreSlim Gate = new(1, 1);
        private static Principals? _instance;
        private static SurveyAppFactory? _factory;
        private readonly Dictionary<string, HttpClient> _clients = [];

        public HttpClient ClientFor(string who) => _clients[who];

        public static async Task<Principals> GetAsync(SurveyAppFactory factory)
        {
            await Gate.WaitAsync();
            try
            {
                if (_instance is null || _factory != factory)
                {
                    _instance = await CreateAsync(factory);
                    _factory = factory;
                }

                return _instance;
            }
            finally
            {
                Gate.Release();
            }
        }

        private static async Task<Principals> CreateAsync(SurveyAppFactory factory)
        {
            var principals = new Principals();
            principals._clients["anonymous"] = factory.CreateBrowserlessClient();
            principals._clients["Lid"] = await factory.CreateSignedInClientAsync(MemberEmail);
            principals._clients["Bestuur"] = await factory.CreateSignedInClientAsync("bestuur@nvzh.example");
            principals._clients["Medewerker"] = await factory.CreateSignedInClientAsync("medewerker@nvzh.example");
            principals._clients["Beheerder"] = await factory.CreateSignedInClientAsync(SurveyAppFactory.AdminEmail);
            using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(factory.Services);
            var tokens = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<NvzhSurvey.Web.Features.Accounts.ApiTokens.ApiTokenService>(scope.ServiceProvider);
            foreach (var scopeValue in new[] { ApiTokenScope.ReadReports, ApiTokenScope.Full })
            {
                var created = await tokens.CreateAsync("matrix " + scopeValue, scopeValue, "test");
                var client = factory.CreateBrowserlessClient();
                client.DefaultRequestHeaders.Authorization = new("Bearer", created.Value);
                principals._clients["token " + scopeValue] = client;
            }

            return principals;
        }
    }
}
