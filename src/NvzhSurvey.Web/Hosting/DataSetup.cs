using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Demo;
using NvzhSurvey.Web.Features.Accounts;

namespace NvzhSurvey.Web.Hosting;

public static class DataSetup
{
    /// <summary>
    /// A scoped <see cref="IDbContextFactory{TContext}"/>: Blazor components create one context per operation,
    /// and every context carries an <see cref="AuditInterceptor"/> that knows the signed-in user of the scope.
    /// </summary>
    public static IServiceCollection AddSurveyData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Survey")
            ?? throw new InvalidOperationException("ConnectionStrings:Survey is not configured.");
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, CurrentUserActor>();
        services.AddSingleton<SurveyDataVersion>();
        services.AddDbContextFactory<SurveyDbContext>(
            (provider, options) => options
                .UseSurveyDatabase(connectionString)
                .AddInterceptors(
                    new AuditInterceptor(provider.GetRequiredService<ICurrentActor>(), provider.GetRequiredService<TimeProvider>()),
                    provider.GetRequiredService<SurveyDataVersion>()),
            ServiceLifetime.Scoped);
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoDataSeeder>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}
