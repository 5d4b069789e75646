using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Demo;
using NvzhSurvey.Web.Features.Accounts;

namespace NvzhSurvey.Web.Hosting;

/// <summary>
/// Runs before the server accepts requests: migrations, roles and the first administrator, the bootstrap API
/// token, and the demo data. Logs and rethrows, so a broken database stops the app instead of serving errors.
/// </summary>
internal sealed class StartupTasks(IServiceProvider services, StartupOptions options, ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            var provider = scope.ServiceProvider;
            if (options.MigrateOnStartup)
            {
                await provider.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
            }

            await provider.GetRequiredService<IdentitySeeder>().SeedAsync(options, cancellationToken);
            if (options.SeedDemoData)
            {
                var seeded = await provider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
                if (seeded)
                {
                    // Keep after every step that publishes the demo's 2024 edition: its public page is switched on once published.
                    await new DemoPublicPage(provider.GetRequiredService<IDbContextFactory<NvzhSurvey.Core.Data.SurveyDbContext>>())
                        .SwitchOnIfPublishedAsync(cancellationToken);
                }

                if (!string.IsNullOrWhiteSpace(options.AdminPassword))
                {
                    await provider.GetRequiredService<DemoAccountsSeeder>().SeedAsync(options.AdminPassword, cancellationToken);
                }
            }
        }
        catch (Exception ex)
        {
            logger.LogCritical(ex, "Start-up tasks failed");
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class StartupTasksSetup
{
    public static IServiceCollection AddSurveyStartupTasks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(StartupOptions.From(configuration));
        services.AddHostedService<StartupTasks>();
        return services;
    }
}
