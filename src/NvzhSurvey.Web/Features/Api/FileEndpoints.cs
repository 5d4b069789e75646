namespace NvzhSurvey.Web.Features.Api;

/// <summary>GET /editions/{year}/responses.csv and .xlsx.</summary>
internal static class FileEndpoints
{
    public static RouteGroupBuilder MapFileEndpoints(this RouteGroupBuilder api) => api;
}
