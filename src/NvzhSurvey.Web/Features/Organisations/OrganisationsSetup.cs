using NvzhSurvey.Core.Organisations;

namespace NvzhSurvey.Web.Features.Organisations;

public static class OrganisationsSetup
{
    /// <summary>Organisations and their locations (staff pages; the member portal edits its own through the same service).</summary>
    public static IServiceCollection AddOrganisations(this IServiceCollection services)
    {
        services.AddScoped<OrganisationService>();
        services.AddScoped<OrganisationHistory>();
        return services;
    }
}
