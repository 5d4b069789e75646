using NvzhSurvey.Core.MemberPortal;

namespace NvzhSurvey.Web.Features.MemberPortal;

public static class MemberPortalSetup
{
    /// <summary>The member portal (/mijn-organisatie): the member's organisation, answers and the published editions.</summary>
    public static IServiceCollection AddMemberPortal(this IServiceCollection services)
    {
        services.AddScoped<MemberPortalQueries>();
        services.AddScoped<MemberPublications>();
        return services;
    }

    public static IEndpointRouteBuilder MapMemberPortal(this IEndpointRouteBuilder app) => app.MapMemberPublicationPdf();
}
