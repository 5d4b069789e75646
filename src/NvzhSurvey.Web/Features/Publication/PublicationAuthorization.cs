using NvzhSurvey.Web.Features.Accounts;

namespace NvzhSurvey.Web.Features.Publication;

/// <summary>Who may export the publication through the API: any API token, or a signed-in board member or staff.</summary>
public static class PublicationAuthorization
{
    public static TBuilder Apply<TBuilder>(TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAuthorization(Policies.ApiRead);
}
