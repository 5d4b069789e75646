using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Security;
using NvzhSurvey.Core.Time;

namespace NvzhSurvey.Web.Features.Accounts.ApiTokens;

/// <summary>
/// Creates and revokes API tokens. The value is returned once and stored only as a SHA-256 hash. A token can have
/// a last day of validity (it stops working at the end of that day, Dutch time). Both are in the security log.
/// </summary>
public sealed class ApiTokenService(IDbContextFactory<SurveyDbContext> dbFactory, SecurityLog securityLog, TimeProvider clock, ILogger<ApiTokenService> logger)
{
    public sealed record Created(ApiToken Token, string Value);

    /// <summary>A token without expiry date, created by <paramref name="createdBy"/> (a name; scripts and tests).</summary>
    public Task<Created> CreateAsync(string name, ApiTokenScope scope, string? createdBy, CancellationToken cancellationToken = default) =>
        CreateAsync(name, scope, new SecurityActor(null, createdBy ?? "systeem"), null, cancellationToken);

    /// <param name="validUntil">The last day (Dutch calendar) the token works; null for no expiry date.</param>
    public async Task<Created> CreateAsync(string name, ApiTokenScope scope, SecurityActor actor, DateOnly? validUntil = null, CancellationToken cancellationToken = default)
    {
        var value = TokenHasher.NewToken(ApiTokenDefaults.TokenPrefix);
        var token = new ApiToken
        {
            Name = name.Trim(),
            Scope = scope,
            TokenHash = TokenHasher.Hash(value),
            Prefix = value[..12],
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor.Name,
            ExpiresAt = validUntil is { } day ? DutchTime.StartOfDay(day.AddDays(1)) : null,
        };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("API token {TokenId} created with scope {Scope}", token.Id, scope);
        await securityLog.RecordAsync(actor, SecurityEvent.ApiTokenCreated,
            $"Token ‘{token.Name}’ ({token.Prefix}…), bereik {(scope == ApiTokenScope.Full ? "Volledig" : "Rapporten lezen")}"
            + (validUntil is { } until ? $", geldig tot en met {DutchTime.FormatDate(until)}" : ", zonder vervaldatum"),
            SecuritySubject.Named(token.Name), cancellationToken);
        return new Created(token, value);
    }

    public async Task<bool> RevokeAsync(int id, SecurityActor? actor = null, CancellationToken cancellationToken = default)
    {
        actor ??= SecurityActor.System;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var revoked = await db.ApiTokens.Where(t => t.Id == id && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
        if (revoked > 0)
        {
            var token = await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Id == id, cancellationToken);
            logger.LogInformation("API token {TokenId} revoked", id);
            await securityLog.RecordAsync(actor, SecurityEvent.ApiTokenRevoked, $"Token ‘{token.Name}’ ({token.Prefix}…) ingetrokken",
                SecuritySubject.Named(token.Name), cancellationToken);
        }

        return revoked > 0;
    }

    public async Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ApiTokens.AsNoTracking().OrderBy(t => t.RevokedAt != null).ThenByDescending(t => t.CreatedAt).ToListAsync(cancellationToken);
    }
}
