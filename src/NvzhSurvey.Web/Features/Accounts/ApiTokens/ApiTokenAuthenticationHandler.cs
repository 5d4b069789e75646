using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Web.Features.Accounts.ApiTokens;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;token&gt;</c> against the SHA-256 hashes in the ApiTokens table.
/// Revoked and expired tokens fail; the last-used time is updated at most once a minute per token.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDbContextFactory<SurveyDbContext> dbFactory,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var value = header["Bearer ".Length..].Trim();
        if (value.Length is 0 or > 200)
        {
            return AuthenticateResult.Fail("Ongeldig token.");
        }

        var hash = TokenHasher.Hash(value);
        await using var db = await dbFactory.CreateDbContextAsync(Context.RequestAborted);
        var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted);
        var now = clock.GetUtcNow();
        if (token is null || token.RevokedAt is not null || token.ExpiresAt <= now)
        {
            Logger.LogWarning("API token rejected ({Reason})", token is null ? "unknown" : token.RevokedAt is not null ? "revoked" : "expired");
            return AuthenticateResult.Fail("Ongeldig, verlopen of ingetrokken token.");
        }

        var staleBefore = now.AddMinutes(-1);
        await db.ApiTokens
            .Where(t => t.Id == token.Id && (t.LastUsedAt == null || t.LastUsedAt < staleBefore))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, $"apitoken:{token.Id}"),
                new Claim(ClaimTypes.Name, $"API-token {token.Name}"),
                new Claim(ApiTokenDefaults.ScopeClaim, token.Scope.ToString()),
            ],
            Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
