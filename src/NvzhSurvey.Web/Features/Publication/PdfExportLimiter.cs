using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace NvzhSurvey.Web.Features.Publication;

/// <summary>
/// Each identity (signed-in user or API token) may ask for <see cref="PublicationSettings.ExportsPerMinute"/> PDFs
/// a minute, on top of the API's limit per address: one token cannot keep the printer busy for everyone.
/// </summary>
public sealed class PdfExportLimiter(IOptions<PublicationSettings> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(identity =>
        RateLimitPartition.GetFixedWindowLimiter(identity, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.ExportsPerMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Null when the export may go ahead, else the seconds to wait.</summary>
    public int? TryAcquire(ClaimsPrincipal user)
    {
        using var lease = _limiter.AttemptAcquire(Identity(user));
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
    }

    private static string Identity(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name ?? "anonymous";

    public void Dispose() => _limiter.Dispose();
}
