using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Web.Features.Accounts.Mail;

namespace NvzhSurvey.Web.Features.Accounts.Invitations;

/// <summary>
/// Single-use invitations for member contacts: created by staff for one organisation, valid for 14 days, stored as
/// a SHA-256 hash. Accepting creates a Lid user linked to that organisation.
/// </summary>
public sealed class InvitationService(
    IDbContextFactory<SurveyDbContext> dbFactory,
    UserManager<AppUser> users,
    IMailSender mail,
    TimeProvider clock,
    ILogger<InvitationService> logger)
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(14);
    public const string TokenPrefix = "inv_";

    public sealed record Created(Invitation Invitation, string Token);

    public sealed record Check(InvitationStatus Status, Invitation? Invitation, string? OrganisationName);

    public sealed record Accepted(bool Succeeded, AppUser? User, IReadOnlyList<string> Errors);

    /// <summary>Relative link of the invitation page for a token.</summary>
    public static string RelativeLink(string token) => $"Account/Invitation?token={Uri.EscapeDataString(token)}";

    /// <summary>Creates an invitation; null with a Dutch message when the organisation or the address is not usable.</summary>
    public async Task<(Created? Created, string? Error)> CreateAsync(int organisationId, string email, string? createdBy, CancellationToken cancellationToken = default)
    {
        var normalized = email.Trim();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId && !o.IsArchived, cancellationToken))
        {
            return (null, "Deze organisatie bestaat niet (meer).");
        }

        if (await users.FindByEmailAsync(normalized) is not null)
        {
            return (null, "Er bestaat al een account met dit e-mailadres. Koppel dat account via Beheer › Gebruikers.");
        }

        var token = TokenHasher.NewToken(TokenPrefix);
        var now = clock.GetUtcNow();
        var invitation = new Invitation
        {
            OrganisationId = organisationId,
            Email = normalized,
            TokenHash = TokenHasher.Hash(token),
            CreatedAt = now,
            CreatedBy = createdBy,
            ExpiresAt = now.Add(ValidFor),
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Invitation {InvitationId} created for organisation {OrganisationId}", invitation.Id, organisationId);
        return (new Created(invitation, token), null);
    }

    public async Task SendAsync(Invitation invitation, string organisationName, string absoluteLink, CancellationToken cancellationToken = default) =>
        await mail.SendAsync(new MailMessageModel(
            invitation.Email,
            $"Uitnodiging NVZH Ledenonderzoek voor {organisationName}",
            $"""
            Beste contactpersoon van {organisationName},

            De NVZH nodigt je uit voor het ledenonderzoek. Met een eigen account houd je het profiel en de locaties
            van je organisatie bij en vul je de vragenlijst in.

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

        var organisationName = await db.Organisations.Where(o => o.Id == invitation.OrganisationId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
        var status = invitation.UsedAt is not null ? InvitationStatus.Used
            : invitation.ExpiresAt <= clock.GetUtcNow() ? InvitationStatus.Expired
            : await users.FindByEmailAsync(invitation.Email) is not null ? InvitationStatus.AlreadyLinked
            : InvitationStatus.Valid;
        return new Check(status, invitation, organisationName);
    }

    /// <summary>
    /// Creates the Lid account. The invitation is claimed with a conditional UPDATE first, so two simultaneous
    /// submissions cannot both succeed; if the account cannot be created the claim is released again.
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
            OrganisationId = invitation.OrganisationId,
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
            .Where(i => i.Id == invitation.Id && i.UsedAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return new Accepted(false, null, [InvitationMessages.For(InvitationStatus.Used)]);
        }

        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, Roles.Member);
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
        return new Accepted(true, user, []);
    }
}
