using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Web.Hosting;

namespace NvzhSurvey.Web.Features.Accounts;

/// <summary>Creates the four roles, the first administrator and the bootstrap API token from configuration.</summary>
internal sealed class IdentitySeeder(
    RoleManager<IdentityRole> roles,
    UserManager<AppUser> users,
    IDbContextFactory<SurveyDbContext> dbFactory,
    TimeProvider clock,
    ILogger<IdentitySeeder> logger)
{
    public async Task SeedAsync(StartupOptions options, CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
            }
        }

        if (!string.IsNullOrWhiteSpace(options.AdminEmail) && !string.IsNullOrWhiteSpace(options.AdminPassword)
            && (await users.GetUsersInRoleAsync(Roles.Administrator)).Count == 0)
        {
            var admin = await users.FindByEmailAsync(options.AdminEmail)
                ?? new AppUser { UserName = options.AdminEmail, Email = options.AdminEmail, EmailConfirmed = true, DisplayName = "Beheerder" };
            if (admin.Id is null || await users.FindByIdAsync(admin.Id) is null)
            {
                Check(await users.CreateAsync(admin, options.AdminPassword), "bootstrap administrator");
            }

            Check(await users.AddToRoleAsync(admin, Roles.Administrator), "bootstrap administrator role");
            logger.LogInformation("Bootstrap administrator created");
        }

        if (!string.IsNullOrWhiteSpace(options.ApiToken))
        {
            await EnsureApiTokenAsync(options.ApiToken, cancellationToken);
        }
    }

    private async Task EnsureApiTokenAsync(string token, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hash = TokenHasher.Hash(token);
        if (await db.ApiTokens.AnyAsync(t => t.TokenHash == hash, cancellationToken))
        {
            return;
        }

        db.ApiTokens.Add(new ApiToken
        {
            Name = "Bootstrap (configuratie)",
            Scope = ApiTokenScope.Full,
            TokenHash = hash,
            Prefix = token.Length > 8 ? token[..8] : token,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = "configuratie",
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Bootstrap API token registered");
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Creating {what} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
