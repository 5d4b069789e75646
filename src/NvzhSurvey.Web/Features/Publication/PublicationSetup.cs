using NvzhSurvey.Core.Publication;

namespace NvzhSurvey.Web.Features.Publication;

public static class PublicationSetup
{
    public static IServiceCollection AddPublication(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PublicationSettings>(configuration.GetSection(PublicationSettings.Section));
        services.AddSingleton<ChromiumPdfPrinter>();
        services.AddSingleton<WarmChromiumPrinter>();
        services.AddSingleton<PrintQueue>();
        services.AddSingleton<PublicationPrinter>();
        services.AddSingleton<PdfCache>();
        services.AddSingleton<PdfExportLimiter>();
        services.AddScoped<PublicationHtmlRenderer>();
        services.AddScoped<PublicationSnapshots>();
        services.AddScoped<PublishedPdfStore>();
        services.AddScoped<PublicationInputBuilder>();
        services.AddScoped<PublicationPdfExporter>();
        services.AddScoped<PublicationBrandingService>();
        services.AddScoped<PublicWebEditions>();
        services.AddSingleton<PublicWebEditionCache>();
        return services;
    }
}
