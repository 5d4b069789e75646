using NvzhSurvey.Core.Benchmarks;

namespace NvzhSurvey.Web.Features.Benchmarks;

public static class BenchmarkSetup
{
    public static IServiceCollection AddBenchmarks(this IServiceCollection services)
    {
        services.AddSingleton(sp => new BenchmarkNetworkCache(sp.GetService<TimeProvider>()));
        services.AddScoped<BenchmarkQuery>();
        services.AddScoped<BenchmarkPdfExporter>();
        services.AddScoped<BenchmarkZipBuilder>();
        services.AddSingleton<BenchmarkZipStore>();
        return services;
    }
}
