namespace NvzhSurvey.Core.Accounts;

/// <summary>
/// A single-use invitation to create an account in a role: a member contact (role Lid, linked to an organisation),
/// or staff, board or an administrator (no organisation). Can be revoked; resending replaces the token.
/// </summary>
public class Invitation
{
    public int Id { get; set; }

    /// <summary>The organisation of a Lid invitation; null for the other roles.</summary>
    public int? OrganisationId { get; set; }

    public required string Email { get; set; }

    /// <summary>The role the account gets (<see cref="Roles"/>).</summary>
    public string Role { get; set; } = Roles.Member;

    /// <summary>Hex SHA-256 of the invitation token.</summary>
    public required string TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public string? UsedByUserId { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }

    /// <summary>When the invitation was last sent again (with a new token and a new validity).</summary>
    public DateTimeOffset? ResentAt { get; set; }
}
