using MudBlazor;

namespace NvzhSurvey.Web.Components.Layout;

/// <summary>NVZH colours with WCAG AA contrast on white; system fonts only (no web-font downloads).</summary>
public static class SurveyTheme
{
    public static readonly string[] FontFamily =
        ["\"Segoe UI\"", "\"Noto Sans\"", "\"DejaVu Sans\"", "\"Liberation Sans\"", "Arial", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#00606B",
            Secondary = "#8A2C6E",
            Tertiary = "#C35A00",
            AppbarBackground = "#00606B",
            Background = "#F7F8F8",
            // MudBlazor's secondary text (labels, help texts) is 4.47:1 on this background; WCAG AA asks 4.5:1.
            TextSecondary = "rgba(0,0,0,0.64)",
            DrawerBackground = "#FFFFFF",
            Success = "#2E7D32",
            Warning = "#A15C00",
            Error = "#B3261E",
            Info = "#1F5F99",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontFamily },
            H1 = new H1Typography { FontFamily = FontFamily },
            H2 = new H2Typography { FontFamily = FontFamily },
            H3 = new H3Typography { FontFamily = FontFamily },
            H4 = new H4Typography { FontFamily = FontFamily },
            H5 = new H5Typography { FontFamily = FontFamily },
            H6 = new H6Typography { FontFamily = FontFamily },
            Button = new ButtonTypography { FontFamily = FontFamily },
            Body1 = new Body1Typography { FontFamily = FontFamily },
            Body2 = new Body2Typography { FontFamily = FontFamily },
        },
    };
}
