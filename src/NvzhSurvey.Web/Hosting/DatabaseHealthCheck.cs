using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Web.Hosting;

/// <summary>Healthy when the database answers a trivial query within the request.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<SurveyDbContext> dbFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("De database is niet bereikbaar.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("De database is niet bereikbaar.", ex);
        }
    }
}
