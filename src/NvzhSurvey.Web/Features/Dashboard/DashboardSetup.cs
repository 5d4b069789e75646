using NvzhSurvey.Core.Editions;

namespace NvzhSurvey.Web.Features.Dashboard;

public static class DashboardSetup
{
    /// <summary>The staff start page: the progress of the open edition.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services) =>
        services.AddScoped<OpenEditionProgress>();
}
