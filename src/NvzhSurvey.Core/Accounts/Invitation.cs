namespace NvzhSurvey.Core.Accounts;

/// <summary>A single-use invitation for a member contact to create an account linked to an organisation.</summary>
public class Invitation
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public required string Email { get; set; }

    /// <summary>Hex SHA-256 of the invitation token.</summary>
    public required string TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public string? UsedByUserId { get; set; }
}
