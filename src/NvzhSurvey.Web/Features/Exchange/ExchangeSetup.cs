using NvzhSurvey.Core.Exchange;
using NvzhSurvey.Core.Exchange.Files;

namespace NvzhSurvey.Web.Features.Exchange;

public static class ExchangeSetup
{
    /// <summary>Responses in and out: the JSON import and export, and the Excel/CSV files of the exchange page and the API.</summary>
    public static IServiceCollection AddExchange(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ResponseImporter>();
        services.AddScoped<ResponseExporter>();
        services.AddSingleton(configuration.GetSection(FileLimits.Section).Get<FileLimits>() ?? new FileLimits());
        services.AddScoped<FileImporter>();
        return services;
    }
}
