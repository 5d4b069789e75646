using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Web.Features.Reporting;

public static class ReportingSetup
{
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton(sp => new SmallNumberRule(
            sp.GetRequiredService<IConfiguration>().GetValue("Reporting:MinimumAnswers", SmallNumberRule.DefaultMinimum)));
        services.AddScoped<ReportBuilder>();
        services.AddScoped<ReportCache>();
        // Other app instances on the same database invalidate this one's reports through LISTEN/NOTIFY (ADR 016).
        services.AddSingleton<NvzhSurvey.Core.Data.SurveyChangeChannel>();
        services.AddSingleton<SurveyChangeListener>();
        services.AddHostedService(provider => provider.GetRequiredService<SurveyChangeListener>());
        services.AddScoped<DataChecker>();
        services.AddScoped<NvzhSurvey.Core.Reporting.Checks.YearOnYearChecker>();
        services.AddScoped<NvzhSurvey.Core.Reporting.Checks.DataCheckResolver>();
        services.AddScoped<FreeTextVisibility>();
        return services;
    }
}
