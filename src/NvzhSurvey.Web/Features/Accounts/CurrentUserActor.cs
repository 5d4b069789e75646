using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using NvzhSurvey.Core.Auditing;

namespace NvzhSurvey.Web.Features.Accounts;

/// <summary>
/// The signed-in user of the current scope: the HTTP request's user, or in a Blazor circuit (where there is
/// no HttpContext) the circuit's authentication state.
/// </summary>
internal sealed class CurrentUserActor(IHttpContextAccessor http, IServiceProvider services) : ICurrentActor
{
    private ClaimsPrincipal? _user;

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);
    public string? UserName => User?.Identity?.Name ?? "systeem";
    public string? DisplayName => User?.ShownName() ?? "systeem";

    private ClaimsPrincipal? User => _user ??= Resolve();

    private ClaimsPrincipal? Resolve()
    {
        if (http.HttpContext?.User is { Identity.IsAuthenticated: true } requestUser)
        {
            return requestUser;
        }

        try
        {
            var provider = services.GetService<AuthenticationStateProvider>();
            var state = provider?.GetAuthenticationStateAsync();
            return state is { IsCompletedSuccessfully: true } ? state.Result.User : null;
        }
        catch (InvalidOperationException)
        {
            return null; // outside a circuit the provider has no state
        }
    }
}
