using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Security;
using NvzhSurvey.Web.Features.Accounts.Mail;

namespace NvzhSurvey.Web.Features.Accounts.Invitations;

/// <summary>
/// Single-use invitations, valid for 14 days and stored as a SHA-256 hash: staff invite a member contact (role Lid,
/// linked to one organisation); administrators also invite staff, board members and administrators. Open
/// invitations can be sent again (a new link, valid 14 days from then; the old link stops working) and revoked.
/// Accepting creates the account in the invitation's role. Every step is in the security log.
/// </summary>
public sealed class InvitationService(
    IDbContextFactory<SurveyDbContext> dbFactory,
    UserManager<AppUser> users,
    IMailSender mail,
    AccountLinks links,
    SecurityLog securityLog,
    TimeProvider clock,
    ILogger<InvitationService> logger)
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(14);
    public const string TokenPrefix = "inv_";

    public sealed record Created(Invitation Invitation, string Token, string Link);

    public sealed record Check(InvitationStatus Status, Invitation? Invitation, string? OrganisationName);

    public sealed record Accepted(bool Succeeded, AppUser? User, IReadOnlyList<string> Errors);

    /// <summary>An open invitation (not used, not revoked) as the lists show it.</summary>
    public sealed record Open(int Id, string Email, string Role, int? OrganisationId, string? OrganisationName,
        DateTimeOffset CreatedAt, string? CreatedBy, DateTimeOffset ExpiresAt, DateTimeOffset? ResentAt, bool IsExpired);

    /// <summary>Relative link of the invitation page for a token.</summary>
    public static string RelativeLink(string token) => $"Account/Invitation?token={Uri.EscapeDataString(token)}";

    /// <summary>Who may invite for a role: administrators every role, staff member contacts only.</summary>
    public static bool MayInvite(ClaimsPrincipal inviter, string role) =>
        inviter.IsInRole(Roles.Administrator) || (role == Roles.Member && inviter.IsInRole(Roles.Staff));

    /// <summary>Creates and mails an invitation; null with a Dutch message when the role, organisation or address is not usable.</summary>
    public async Task<(Created? Created, string? Error)> CreateAsync(
        string email, string role, int? organisationId, ClaimsPrincipal inviter, CancellationToken cancellationToken = default)
    {
        var normalized = email.Trim();
        if (!System.Net.Mail.MailAddress.TryCreate(normalized, out var address) || address.Address != normalized || address.DisplayName.Length > 0)
        {
            return (null, "Vul een geldig e-mailadres in.");
        }

        if (!Roles.All.Contains(role))
        {
            return (null, "Onbekende rol.");
        }

        if (!MayInvite(inviter, role))
        {
            return (null, "Alleen een beheerder kan medewerkers, bestuursleden en beheerders uitnodigen.");
        }

        if (role == Roles.Member && organisationId is null)
        {
            return (null, "Kies de organisatie van de contactpersoon.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        string? organisationName = null;
        if (role == Roles.Member)
        {
            organisationName = await db.Organisations.Where(o => o.Id == organisationId && !o.IsArchived).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
            if (organisationName is null)
            {
                return (null, "Deze organisatie bestaat niet (meer).");
            }
        }

        if (await users.FindByEmailAsync(normalized) is not null)
        {
            return (null, "Er bestaat al een account met dit e-mailadres. Wijzig de rol van dat account onder Beheer › Gebruikers.");
        }

        var token = TokenHasher.NewToken(TokenPrefix);
        var now = clock.GetUtcNow();
        var actor = SecurityLogSubjects.ActorOf(inviter);
        var invitation = new Invitation
        {
            OrganisationId = role == Roles.Member ? organisationId : null,
            Role = role,
            Email = normalized,
            TokenHash = TokenHasher.Hash(token),
            CreatedAt = now,
            CreatedBy = actor.Name,
            ExpiresAt = now.Add(ValidFor),
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Invitation {InvitationId} created for role {Role}", invitation.Id, role);
        var link = links.Absolute(RelativeLink(token));
        await SendAsync(invitation, organisationName, link, cancellationToken);
        await securityLog.RecordAsync(actor, SecurityEvent.InvitationSent, $"Uitnodiging als {Describe(role, organisationName)} naar {normalized}",
            SecuritySubject.Named(normalized), cancellationToken);
        return (new Created(invitation, token, link), null);
    }

    /// <summary>Sends an open invitation again with a new link, valid 14 days from now; the old link stops working.</summary>
    public async Task<(Created? Created, string? Error)> ResendAsync(int invitationId, ClaimsPrincipal inviter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId, cancellationToken);
        if (invitation is null || !MayInvite(inviter, invitation.Role))
        {
            return (null, "Deze uitnodiging bestaat niet (meer).");
        }

        if (invitation.UsedAt is not null || invitation.RevokedAt is not null)
        {
            return (null, "Deze uitnodiging is al gebruikt of ingetrokken; maak zo nodig een nieuwe.");
        }

        var token = TokenHasher.NewToken(TokenPrefix);
        var now = clock.GetUtcNow();
        invitation.TokenHash = TokenHasher.Hash(token);
        invitation.ExpiresAt = now.Add(ValidFor);
        invitation.ResentAt = now;
        await db.SaveChangesAsync(cancellationToken);
        var organisationName = await OrganisationNameAsync(db, invitation, cancellationToken);
        var link = links.Absolute(RelativeLink(token));
        await SendAsync(invitation, organisationName, link, cancellationToken);
        await securityLog.RecordAsync(SecurityLogSubjects.ActorOf(inviter), SecurityEvent.InvitationResent,
            $"Uitnodiging als {Describe(invitation.Role, organisationName)} opnieuw gestuurd naar {invitation.Email}", SecuritySubject.Named(invitation.Email), cancellationToken);
        return (new Created(invitation, token, link), null);
    }

    /// <summary>Revokes an open invitation: its link no longer works. Null, or a Dutch message.</summary>
    public async Task<string?> RevokeAsync(int invitationId, ClaimsPrincipal inviter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var invitation = await db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.Id == invitationId, cancellationToken);
        if (invitation is null || !MayInvite(inviter, invitation.Role))
        {
            return "Deze uitnodiging bestaat niet (meer).";
        }

        var actor = SecurityLogSubjects.ActorOf(inviter);
        var now = clock.GetUtcNow();
        var revoked = await db.Invitations.Where(i => i.Id == invitationId && i.UsedAt == null && i.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.RevokedAt, now).SetProperty(i => i.RevokedBy, actor.Name), cancellationToken);
        if (revoked == 0)
        {
            return "Deze uitnodiging is al gebruikt of ingetrokken.";
        }

        await securityLog.RecordAsync(actor, SecurityEvent.InvitationRevoked,
            $"Uitnodiging als {Describe(invitation.Role, await OrganisationNameAsync(db, invitation, cancellationToken))} voor {invitation.Email} ingetrokken",
            SecuritySubject.Named(invitation.Email), cancellationToken);
        return null;
    }

    /// <summary>Invitations not used and not revoked (expired ones too: they can be sent again), newest first.</summary>
    public async Task<IReadOnlyList<Open>> ListOpenAsync(int? organisationId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var query = db.Invitations.AsNoTracking().Where(i => i.UsedAt == null && i.RevokedAt == null);
        if (organisationId is not null)
        {
            query = query.Where(i => i.OrganisationId == organisationId);
        }

        return await query.OrderByDescending(i => i.ResentAt ?? i.CreatedAt)
            .Select(i => new Open(i.Id, i.Email, i.Role, i.OrganisationId,
                db.Organisations.Where(o => o.Id == i.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                i.CreatedAt, i.CreatedBy, i.ExpiresAt, i.ResentAt, i.ExpiresAt <= now))
            .ToListAsync(cancellationToken);
    }

    private async Task SendAsync(Invitation invitation, string? organisationName, string absoluteLink, CancellationToken cancellationToken) =>
        await mail.SendAsync(new MailMessageModel(
            invitation.Email,
            organisationName is null ? "Uitnodiging NVZH Ledenonderzoek" : $"Uitnodiging NVZH Ledenonderzoek voor {organisationName}",
            $"""
            {(organisationName is null ? "Beste collega," : $"Beste contactpersoon van {organisationName},")}

            {Invitations.InvitationMessages.Introduction(invitation.Role, organisationName)}

            Maak je account aan via deze link (14 dagen geldig, één keer te gebruiken):

            {absoluteLink}

            Met vriendelijke groet,
            NVZH
            """), cancellationToken);

    public async Task<Check> CheckAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 200)
        {
            return new Check(InvitationStatus.NotFound, null, null);
        }

        var hash = TokenHasher.Hash(token.Trim());
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var invitation = await db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null)
        {
            return new Check(InvitationStatus.NotFound, null, null);
        }

        var organisationName = await OrganisationNameAsync(db, invitation, cancellationToken);
        var status = invitation.UsedAt is not null ? InvitationStatus.Used
            : invitation.RevokedAt is not null ? InvitationStatus.Revoked
            : invitation.ExpiresAt <= clock.GetUtcNow() ? InvitationStatus.Expired
            : await users.FindByEmailAsync(invitation.Email) is not null ? InvitationStatus.AlreadyLinked
            : InvitationStatus.Valid;
        return new Check(status, invitation, organisationName);
    }

    /// <summary>
    /// Creates the account in the invitation's role. The invitation is claimed with a conditional UPDATE first, so two
    /// simultaneous submissions cannot both succeed (nor one after a revocation); if the account cannot be created the
    /// claim is released again.
    /// </summary>
    public async Task<Accepted> AcceptAsync(string token, string displayName, string password, CancellationToken cancellationToken = default)
    {
        var check = await CheckAsync(token, cancellationToken);
        if (check.Status != InvitationStatus.Valid)
        {
            return new Accepted(false, null, [InvitationMessages.For(check.Status)]);
        }

        var invitation = check.Invitation!;
        var user = new AppUser
        {
            UserName = invitation.Email,
            Email = invitation.Email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim(),
            OrganisationId = invitation.Role == Roles.Member ? invitation.OrganisationId : null,
        };
        var passwordErrors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            passwordErrors.AddRange(result.Errors.Select(e => e.Description));
        }

        if (passwordErrors.Count > 0)
        {
            return new Accepted(false, null, passwordErrors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var claimed = await db.Invitations
            .Where(i => i.Id == invitation.Id && i.TokenHash == invitation.TokenHash && i.UsedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return new Accepted(false, null, [InvitationMessages.For(InvitationStatus.Used)]);
        }

        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, invitation.Role);
        }

        if (!created.Succeeded)
        {
            await db.Invitations.Where(i => i.Id == invitation.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, (DateTimeOffset?)null), cancellationToken);
            return new Accepted(false, null, created.Errors.Select(e => e.Description).ToList());
        }

        await db.Invitations.Where(i => i.Id == invitation.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedByUserId, user.Id), cancellationToken);
        logger.LogInformation("Invitation {InvitationId} accepted by user {UserId}", invitation.Id, user.Id);
        await securityLog.RecordAsync(SecurityLogSubjects.ActorOf(user), SecurityEvent.InvitationAccepted,
            $"Uitnodiging geaccepteerd: account {user.Email} als {Describe(invitation.Role, check.OrganisationName)}", SecurityLogSubjects.Of(user), cancellationToken);
        return new Accepted(true, user, []);
    }

    private static string Describe(string role, string? organisationName) =>
        organisationName is null ? role : $"{role} van {organisationName}";

    private static async Task<string?> OrganisationNameAsync(SurveyDbContext db, Invitation invitation, CancellationToken cancellationToken) =>
        invitation.OrganisationId is null ? null
            : await db.Organisations.Where(o => o.Id == invitation.OrganisationId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
}
