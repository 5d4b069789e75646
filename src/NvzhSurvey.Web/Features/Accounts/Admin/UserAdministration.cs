using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Security;
using NvzhSurvey.Web.Features.Accounts.PasswordReset;

namespace NvzhSurvey.Web.Features.Accounts.Admin;

/// <summary>
/// What an administrator does with users. Every change updates the security stamp, so that the user's cookie
/// and open circuits pick up the new role or the disabling within a minute. Returns null or a Dutch error. Every
/// change is written to the security log with the acting administrator.
/// </summary>
public sealed class UserAdministration(
    UserManager<AppUser> users, IDbContextFactory<SurveyDbContext> dbFactory, PasswordResetMailer resetMailer, SecurityLog securityLog, TimeProvider clock)
{
    public async Task<List<UserRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken);
        var roleByUser = roles.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => g.Select(r => r.Name).Order().First());
        var now = clock.GetUtcNow();
        return (await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken))
            .Select(u => new UserRow
            {
                Id = u.Id,
                Email = u.Email ?? u.UserName ?? u.Id,
                DisplayName = u.DisplayName,
                Role = roleByUser.GetValueOrDefault(u.Id),
                OrganisationId = u.OrganisationId,
                IsDisabled = u.IsDisabled,
                IsLockedOut = u.LockoutEnd > now,
                TwoFactorEnabled = u.TwoFactorEnabled,
            })
            .ToList();
    }

    public async Task<string?> ChangeRoleAsync(string userId, string role, int? organisationId, string actingUserId)
    {
        if (!Roles.All.Contains(role))
        {
            return "Onbekende rol.";
        }

        if (role == Roles.Member && organisationId is null)
        {
            return "Een lid moet aan een organisatie gekoppeld zijn.";
        }

        if (userId == actingUserId && role != Roles.Administrator)
        {
            return "Je kunt je eigen beheerdersrol niet afnemen.";
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return "Deze gebruiker bestaat niet (meer).";
        }

        var current = await users.GetRolesAsync(user);
        var previousOrganisationId = user.OrganisationId;
        var error = Errors(await users.RemoveFromRolesAsync(user, current.Where(r => r != role)));
        if (error is null && !current.Contains(role))
        {
            error = Errors(await users.AddToRoleAsync(user, role));
        }

        if (error is not null)
        {
            return error;
        }

        user.OrganisationId = role == Roles.Member ? organisationId : null;
        error = Errors(await users.UpdateAsync(user)) ?? Errors(await users.UpdateSecurityStampAsync(user));
        if (error is null && (!current.SequenceEqual([role]) || previousOrganisationId != user.OrganisationId))
        {
            await securityLog.RecordAsync(await ActorAsync(actingUserId), SecurityEvent.RoleChanged,
                await DescribeRoleChangeAsync(current, role, previousOrganisationId, user.OrganisationId), SecurityLogSubjects.Of(user));
        }

        return error;
    }

    public async Task<string?> SetDisabledAsync(string userId, bool disabled, string actingUserId)
    {
        if (userId == actingUserId && disabled)
        {
            return "Je kunt je eigen account niet uitschakelen.";
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return "Deze gebruiker bestaat niet (meer).";
        }

        var wasDisabled = user.IsDisabled;
        user.IsDisabled = disabled;
        var error = Errors(await users.UpdateAsync(user)) ?? Errors(await users.UpdateSecurityStampAsync(user));
        if (error is null && wasDisabled != disabled)
        {
            await securityLog.RecordAsync(await ActorAsync(actingUserId), disabled ? SecurityEvent.AccountDisabled : SecurityEvent.AccountEnabled,
                disabled ? $"Account {user.DisplayName ?? user.Email} uitgeschakeld" : $"Account {user.DisplayName ?? user.Email} weer ingeschakeld", SecurityLogSubjects.Of(user));
        }

        return error;
    }

    public async Task<string?> SendResetLinkAsync(string userId, string actingUserId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.Email is null)
        {
            return "Deze gebruiker bestaat niet (meer).";
        }

        if (user.IsDisabled)
        {
            return "Dit account is uitgeschakeld; schakel het eerst in.";
        }

        await resetMailer.SendAsync(user, await ActorAsync(actingUserId));
        return null;
    }

    /// <summary>
    /// Switches off the two-factor sign-in of someone who lost their phone and recovery codes: the app's key is
    /// replaced (the old app entry stops working), the recovery codes are cleared, and every session of the account
    /// ends. The user signs in with the password and sets up the app again. Only an administrator, never for themselves.
    /// </summary>
    public async Task<string?> ResetTwoFactorAsync(string userId, string actingUserId)
    {
        var acting = await users.FindByIdAsync(actingUserId);
        if (acting is null || acting.IsDisabled || !await users.IsInRoleAsync(acting, Roles.Administrator))
        {
            return "Alleen een beheerder kan tweestapsverificatie resetten.";
        }

        if (userId == actingUserId)
        {
            return "U kunt uw eigen tweestapsverificatie hier niet resetten; vraag een andere beheerder.";
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return "Deze gebruiker bestaat niet (meer).";
        }

        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return "Tweestapsverificatie staat voor deze gebruiker al uit.";
        }

        var error = Errors(await users.SetTwoFactorEnabledAsync(user, false))
            ?? (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0) is null ? "De herstelcodes konden niet worden gewist." : null)
            ?? Errors(await users.RemoveAuthenticationTokenAsync(user, TwoFactor.SingleUseAuthenticatorTokenProvider.TokenProvider,
                TwoFactor.SingleUseAuthenticatorTokenProvider.LastStepToken))
            ?? Errors(await users.ResetAuthenticatorKeyAsync(user)); // also renews the security stamp: sessions end
        if (error is null)
        {
            await securityLog.RecordAsync(await ActorAsync(actingUserId), SecurityEvent.TwoFactorReset,
                $"Tweestapsverificatie van {user.DisplayName ?? user.Email} uitgezet; sleutel en herstelcodes vervangen, sessies beëindigd", SecurityLogSubjects.Of(user));
        }

        return error;
    }

    /// <summary>The acting administrator as the security log shows them.</summary>
    private async Task<SecurityActor> ActorAsync(string actingUserId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var name = await db.Users.Where(u => u.Id == actingUserId).Select(u => u.DisplayName ?? u.Email).SingleOrDefaultAsync();
        return new SecurityActor(actingUserId, name ?? actingUserId);
    }

    private async Task<string> DescribeRoleChangeAsync(IList<string> oldRoles, string newRole, int? oldOrganisationId, int? newOrganisationId)
    {
        var oldRole = oldRoles.Count == 0 ? "geen rol" : string.Join(", ", oldRoles);
        var description = oldRoles.SequenceEqual([newRole]) ? $"Rol {newRole}" : $"Rol {oldRole} → {newRole}";
        if (oldOrganisationId != newOrganisationId && newOrganisationId is { } organisationId)
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            var organisation = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleOrDefaultAsync();
            description += $", organisatie {organisation}";
        }

        return description;
    }

    private static string? Errors(IdentityResult result) =>
        result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Description));
}
