using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Core.Publication;

/// <summary>The accent colour and logo of the publication; administrators change them.</summary>
public sealed partial class PublicationBrandingService(IDbContextFactory<SurveyDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The current branding (the defaults when none was saved).</summary>
    public async Task<PublicationBranding> GetAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.PublicationBrandings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == PublicationBranding.SingletonId, ct)
            ?? new PublicationBranding();
    }

    public Task<OperationResult> SetAccentColourAsync(string colour, ClaimsPrincipal user, CancellationToken ct = default)
    {
        colour = colour.Trim().ToLowerInvariant();
        if (!HexColour().IsMatch(colour))
        {
            return Task.FromResult(OperationResult.Fail("Geef de kleur op als #rrggbb, bijvoorbeeld #0f6e78."));
        }

        return SaveAsync(user, b => b.AccentColour = colour, ct);
    }

    /// <summary>Stores a PNG as it is, or an SVG without scripts and external references; anything else is refused.</summary>
    public Task<OperationResult> SetLogoAsync(byte[] content, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var sanitised = LogoSanitiser.Sanitise(content);
        if (!sanitised.Succeeded)
        {
            return Task.FromResult(OperationResult.Fail(sanitised.Error!));
        }

        return SaveAsync(user, b =>
        {
            b.Logo = sanitised.Content;
            b.LogoContentType = sanitised.ContentType;
        }, ct);
    }

    public Task<OperationResult> RemoveLogoAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        SaveAsync(user, b =>
        {
            b.Logo = null;
            b.LogoContentType = null;
        }, ct);

    private async Task<OperationResult> SaveAsync(ClaimsPrincipal user, Action<PublicationBranding> change, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.Administrator))
        {
            return OperationResult.Fail("Alleen een beheerder kan de huisstijl van de publicatie wijzigen.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var branding = await db.PublicationBrandings.SingleOrDefaultAsync(b => b.Id == PublicationBranding.SingletonId, ct);
        if (branding is null)
        {
            branding = new PublicationBranding();
            db.PublicationBrandings.Add(branding);
        }

        change(branding);
        branding.UpdatedAt = clock.GetUtcNow();
        branding.UpdatedBy = user.Identity?.Name;
        try
        {
            await db.SaveChangesAsync(ct);
            PublicWebEditions.Changed();
        }
        catch (DbUpdateException)
        {
            return OperationResult.Fail("De huisstijl is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.");
        }

        return OperationResult.Ok;
    }

    [GeneratedRegex("^#[0-9a-f]{6}$")]
    private static partial Regex HexColour();
}
