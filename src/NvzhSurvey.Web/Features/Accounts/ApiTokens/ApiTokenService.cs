using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Web.Features.Accounts.ApiTokens;

/// <summary>Creates and revokes API tokens. The value is returned once and stored only as a SHA-256 hash.</summary>
public sealed class ApiTokenService(IDbContextFactory<SurveyDbContext> dbFactory, TimeProvider clock, ILogger<ApiTokenService> logger)
{
    public sealed record Created(ApiToken Token, string Value);

    public async Task<Created> CreateAsync(string name, ApiTokenScope scope, string? createdBy, CancellationToken cancellationToken = default)
    {
        var value = TokenHasher.NewToken(ApiTokenDefaults.TokenPrefix);
        var token = new ApiToken
        {
            Name = name.Trim(),
            Scope = scope,
            TokenHash = TokenHasher.Hash(value),
            Prefix = value[..12],
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = createdBy,
        };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("API token {TokenId} created with scope {Scope}", token.Id, scope);
        return new Created(token, value);
    }

    public async Task<bool> RevokeAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var revoked = await db.ApiTokens.Where(t => t.Id == id && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
        logger.LogInformation("API token {TokenId} revoked", id);
        return revoked > 0;
    }

    public async Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ApiTokens.AsNoTracking().OrderBy(t => t.RevokedAt != null).ThenByDescending(t => t.CreatedAt).ToListAsync(cancellationToken);
    }
}
