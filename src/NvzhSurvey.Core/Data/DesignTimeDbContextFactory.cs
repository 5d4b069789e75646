using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NvzhSurvey.Core.Data;

/// <summary>Lets <c>dotnet ef</c> build the context without starting the web app.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SurveyDbContext>
{
    public SurveyDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Survey")
            ?? "Host=localhost;Database=nvzhsurvey_design;Username=postgres";
        var options = new DbContextOptionsBuilder<SurveyDbContext>().UseSurveyDatabase(connectionString).Options;
        return new SurveyDbContext(options);
    }
}
