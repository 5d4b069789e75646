using Microsoft.AspNetCore.Identity;

namespace NvzhSurvey.Core.Accounts;

public class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }

    /// <summary>For role Lid: the one organisation this user belongs to.</summary>
    public int? OrganisationId { get; set; }

    public bool IsDisabled { get; set; }
}
