using NvzhSurvey.Core.Accounts;

namespace NvzhSurvey.Web.Features.Publication;

/// <summary>
/// Who may export the publication through the API: the one place to change when the shared API-token policy
/// arrives (replace <see cref="Apply"/>'s policy with it).
/// </summary>
public static class PublicationAuthorization
{
    public const string Policy = "PublicationExport";

    public static readonly string[] RolesAllowed = [Roles.Administrator, Roles.Staff, Roles.Board];

    public static TBuilder Apply<TBuilder>(TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAuthorization(Policy);
}
