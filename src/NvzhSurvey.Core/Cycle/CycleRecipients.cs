using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Editions.Membership;

namespace NvzhSurvey.Core.Cycle;

/// <summary>A member's contact: the organisation's contact address, named by its first linked member account.</summary>
public sealed record CycleRecipient(int OrganisationId, string OrganisationName, string? Email, string ContactName);

public static class CycleRecipients
{
    public const string NoContactName = "contactpersoon";

    /// <summary>Every member of the edition with its contact (Email null when the organisation has no contact address).</summary>
    public static async Task<IReadOnlyList<CycleRecipient>> LoadAsync(SurveyDbContext db, Edition edition, CancellationToken ct)
    {
        var members = (await EditionMembers.LoadAsync(db, edition.Id, edition.Year, edition.Status, ct)).Select(m => m.OrganisationId).ToList();
        var rows = await db.Organisations.AsNoTracking().Where(o => members.Contains(o.Id)).OrderBy(o => o.Name)
            .Select(o => new
            {
                o.Id, o.Name, o.ContactEmail,
                Contact = db.Users.Where(u => u.OrganisationId == o.Id).OrderBy(u => u.Id).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(o => new CycleRecipient(o.Id, o.Name, string.IsNullOrWhiteSpace(o.ContactEmail) ? null : o.ContactEmail.Trim(),
            string.IsNullOrWhiteSpace(o.Contact) ? NoContactName : o.Contact)).ToList();
    }
}
