using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Publication;

namespace NvzhSurvey.Benchmarks;

/// <summary>For the HTTP benchmark of /publicaties/{year}: publishes the edition (unless it is already) and switches its public page on.</summary>
internal static class PublicPagePreparation
{
    public static async Task RunAsync(string connectionString, int year, TextWriter log)
    {
        var factory = new Factory(connectionString);
        try
        {
            await new PublicationSnapshots(factory, TimeProvider.System).PublishAsync(year, "benchmark");
        }
        catch (PublicationException exception)
        {
            log.WriteLine($"Public page: {exception.Message}");
        }

        var board = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, NvzhSurvey.Core.Accounts.Roles.Board)], "benchmark"));
        var result = await new PublicWebEditions(factory).SetPublicPageAsync(year, true, board);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(result.Error);
        }
    }

    private sealed class Factory(string connectionString) : IDbContextFactory<SurveyDbContext>
    {
        public SurveyDbContext CreateDbContext() => new(new DbContextOptionsBuilder<SurveyDbContext>().UseSurveyDatabase(connectionString).Options);
    }
}
