using Microsoft.EntityFrameworkCore;

namespace NvzhSurvey.Core.Data;

public static class SurveyDatabaseOptions
{
    /// <summary>The one place that configures Npgsql for the survey database (app, tests, design time).</summary>
    public static DbContextOptionsBuilder UseSurveyDatabase(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql
            .MigrationsAssembly(typeof(SurveyDbContext).Assembly.FullName)
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));

    public static DbContextOptionsBuilder<T> UseSurveyDatabase<T>(this DbContextOptionsBuilder<T> builder, string connectionString)
        where T : DbContext =>
        (DbContextOptionsBuilder<T>)((DbContextOptionsBuilder)builder).UseSurveyDatabase(connectionString);
}
