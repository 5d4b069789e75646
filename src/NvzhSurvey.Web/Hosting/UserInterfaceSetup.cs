using System.Globalization;
using MudBlazor;
using MudBlazor.Services;

namespace NvzhSurvey.Web.Hosting;

public static class UserInterfaceSetup
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static IServiceCollection AddSurveyUserInterface(this IServiceCollection services)
    {
        // Numbers and dates for people are nl-NL everywhere: "240,56", "€ 23.463.188", "22-11-2026".
        CultureInfo.DefaultThreadCurrentCulture = Dutch;
        CultureInfo.DefaultThreadCurrentUICulture = Dutch;

        // An input event carries the whole value of the field: long free texts and internal notes can exceed SignalR's
        // default 32 KB message limit.
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(options => options.MaximumReceiveMessageSize = 512 * 1024);
        services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            options.SnackbarConfiguration.VisibleStateDuration = 4000;
        });
        services.AddProblemDetails();
        return services;
    }
}
