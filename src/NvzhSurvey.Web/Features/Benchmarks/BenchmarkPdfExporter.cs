using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using NvzhSurvey.Core.Benchmarks;
using NvzhSurvey.Web.Features.Publication;

namespace NvzhSurvey.Web.Features.Benchmarks;

/// <summary>Lays a benchmark out as HTML (<see cref="BenchmarkDocument"/>) and prints it with the publication's warm printer.</summary>
public sealed class BenchmarkPdfExporter(IServiceProvider services, ILoggerFactory loggerFactory, PublicationPrinter printer)
{
    public async Task<string> RenderHtmlAsync(OrganisationBenchmark benchmark)
    {
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(BenchmarkDocument.Benchmark)] = benchmark });
            return (await renderer.RenderComponentAsync<BenchmarkDocument>(parameters)).ToHtmlString();
        });
        return "<!DOCTYPE html>\n" + html;
    }

    public async Task<byte[]> PrintAsync(OrganisationBenchmark benchmark, CancellationToken cancellationToken = default) =>
        await printer.PrintAsync(await RenderHtmlAsync(benchmark), cancellationToken);

    public static string FileName(OrganisationBenchmark benchmark) =>
        $"NVZH-vergelijking-{benchmark.Edition}-{benchmark.Organisation.Key}.pdf";
}
