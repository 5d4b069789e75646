using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Web.Features.Reporting;

public static class ReportingSetup
{
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<ReportBuilder>();
        services.AddScoped<ReportCache>();
        services.AddScoped<DataChecker>();
        services.AddScoped<FreeTextVisibility>();
        return services;
    }
}
