using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Tests.Shared;
using NvzhSurvey.Web.Features.Accounts.ApiTokens;

namespace NvzhSurvey.Web.Tests.Accounts;

[Collection(AppCollection.Name)]
public class ApiTokenAuthenticationTests(AppFixture app)
{
    [Theory]
    [InlineData(ApiTokenScope.ReadReports)]
    [InlineData(ApiTokenScope.Full)]
    public async Task A_valid_token_is_accepted_with_its_scope_and_its_last_use_is_recorded(ApiTokenScope scope)
    {
        var created = await CreateTokenAsync("test " + scope, scope);

        var me = await Client(created.Value).GetFromJsonAsync<MeEndpoint.MeResponse>("/api/v1/me");

        me!.Kind.Should().Be("token");
        me.Scope.Should().Be(scope.ToString());
        await using var db = app.Factory.Database.CreateDbContext();
        (await db.ApiTokens.SingleAsync(t => t.Id == created.Token.Id)).LastUsedAt.Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_revoked_token_is_rejected_with_401()
    {
        var created = await CreateTokenAsync("ingetrokken", ApiTokenScope.Full);
        using (var scope = app.Factory.Services.CreateScope())
        {
            (await scope.ServiceProvider.GetRequiredService<ApiTokenService>().RevokeAsync(created.Token.Id)).Should().BeTrue();
        }

        var response = await Client(created.Value).GetAsync("/api/v1/me");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Contain("Bearer");
    }

    [Fact]
    public async Task An_expired_token_is_rejected_with_401_and_one_valid_until_today_still_works()
    {
        var today = NvzhSurvey.Core.Time.DutchTime.Today(TimeProvider.System);
        using var serviceScope = app.Factory.Services.CreateScope();
        var tokens = serviceScope.ServiceProvider.GetRequiredService<ApiTokenService>();
        var expiring = await tokens.CreateAsync("verloopt", ApiTokenScope.Full, NvzhSurvey.Core.Security.SecurityActor.System, today);
        var expired = await tokens.CreateAsync("verlopen", ApiTokenScope.Full, NvzhSurvey.Core.Security.SecurityActor.System, today);
        await using (var db = app.Factory.Database.CreateDbContext())
        {
            await db.ApiTokens.Where(t => t.Id == expired.Token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddSeconds(-1)));
        }

        (await Client(expiring.Value).GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Client(expired.Value).GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        expiring.Token.ExpiresAt.Should().Be(NvzhSurvey.Core.Time.DutchTime.StartOfDay(today.AddDays(1)));
    }

    [Fact]
    public async Task Creating_and_revoking_a_token_is_in_the_security_log()
    {
        using var serviceScope = app.Factory.Services.CreateScope();
        var tokens = serviceScope.ServiceProvider.GetRequiredService<ApiTokenService>();
        var actor = new NvzhSurvey.Core.Security.SecurityActor(null, "beheerder-logtest");
        var created = await tokens.CreateAsync("logboek-token", ApiTokenScope.ReadReports, actor);
        await tokens.RevokeAsync(created.Token.Id, actor);

        await using var db = app.Factory.Database.CreateDbContext();
        var kinds = await db.SecurityLog.Where(e => e.ActorName == "beheerder-logtest").Select(e => e.Kind).ToListAsync();
        kinds.Should().BeEquivalentTo([NvzhSurvey.Core.Security.SecurityEvent.ApiTokenCreated, NvzhSurvey.Core.Security.SecurityEvent.ApiTokenRevoked]);
    }

    [Theory]
    [InlineData("nvzh_verzonnen-token")]
    [InlineData("x")]
    public async Task An_unknown_token_is_rejected_with_401(string value)
    {
        (await Client(value).GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Only_the_hash_of_a_token_is_stored()
    {
        var created = await CreateTokenAsync("hash", ApiTokenScope.ReadReports);

        await using var db = app.Factory.Database.CreateDbContext();
        var stored = await db.ApiTokens.SingleAsync(t => t.Id == created.Token.Id);
        stored.TokenHash.Should().Be(TokenHasher.Hash(created.Value)).And.NotContain(created.Value);
        stored.Prefix.Should().HaveLength(12);
        created.Value.Should().StartWith(ApiTokenDefaults.TokenPrefix).And.HaveLength(ApiTokenDefaults.TokenPrefix.Length + 43);
    }

    [Fact]
    public async Task A_signed_in_staff_member_uses_the_API_with_the_cookie()
    {
        await app.Factory.CreateUserAsync("api-medewerker@nvzh.example", Roles.Staff);
        var client = await app.Factory.CreateSignedInClientAsync("api-medewerker@nvzh.example");

        var me = await client.GetFromJsonAsync<MeEndpoint.MeResponse>("/api/v1/me");

        me!.Kind.Should().Be("user");
        me.Roles.Should().Equal(Roles.Staff);
    }

    private async Task<ApiTokenService.Created> CreateTokenAsync(string name, ApiTokenScope scope)
    {
        using var serviceScope = app.Factory.Services.CreateScope();
        return await serviceScope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(name, scope, "test");
    }

    private HttpClient Client(string token)
    {
        var client = app.Factory.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }
}
