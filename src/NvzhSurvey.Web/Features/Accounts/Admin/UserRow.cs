namespace NvzhSurvey.Web.Features.Accounts.Admin;

/// <summary>A line of the user list; the edit fields (role, organisation) are bound here, never to AppUser.</summary>
public sealed class UserRow
{
    public required string Id { get; init; }
    public required string Email { get; init; }
    public string? DisplayName { get; init; }
    public string? Role { get; set; }
    public int? OrganisationId { get; set; }
    public bool IsDisabled { get; set; }
    public bool IsLockedOut { get; init; }
    public bool TwoFactorEnabled { get; init; }
}
