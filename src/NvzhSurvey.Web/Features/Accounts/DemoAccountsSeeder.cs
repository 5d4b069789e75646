using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Web.Features.Accounts;

/// <summary>
/// With the demo data: one account per role (staff, board, and a member linked to the first demo organisation),
/// all with the bootstrap administrator's password. Never runs without demo data.
/// </summary>
internal sealed class DemoAccountsSeeder(UserManager<AppUser> users, IDbContextFactory<SurveyDbContext> dbFactory, ILogger<DemoAccountsSeeder> logger)
{
    public async Task SeedAsync(string password, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var demoOrganisation = await db.Organisations.Where(o => o.Key == "demo-01").Select(o => (int?)o.Id).SingleOrDefaultAsync(cancellationToken);
        await EnsureAsync("medewerker@nvzh.example", "Demo-medewerker", Roles.Staff, null, password);
        await EnsureAsync("bestuur@nvzh.example", "Demo-bestuurslid", Roles.Board, null, password);
        if (demoOrganisation is not null)
        {
            await EnsureAsync("lid@demo-01.example", "Contactpersoon demo-01", Roles.Member, demoOrganisation, password);
        }
    }

    private async Task EnsureAsync(string email, string name, string role, int? organisationId, string password)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, OrganisationId = organisationId };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Creating demo account failed: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(user, role);
        logger.LogInformation("Demo account for role {Role} created", role);
    }
}
