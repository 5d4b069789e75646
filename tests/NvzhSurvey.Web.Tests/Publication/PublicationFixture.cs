using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Publication;
using NvzhSurvey.Tests.Shared;
using NvzhSurvey.Web.Features.Publication;

namespace NvzhSurvey.Web.Tests.Publication;

/// <summary>
/// The app with demo data, and the 2024 publication exported once as PDF (saved with its pages as PNG in
/// artifacts/publication/ to look at).
/// </summary>
public sealed class PublicationFixture : IAsyncLifetime
{
    public static string ChromiumPath => Environment.GetEnvironmentVariable("NVZH_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public SurveyAppFactory Factory { get; } = new() { Settings = { ["Publication:ChromiumPath"] = ChromiumPath } };

    public byte[] Pdf2024 { get; private set; } = [];

    public string Html2024 { get; private set; } = "";

    public static string ArtifactsDirectory => RepositoryPaths.Artifacts("publication");

    public async Task InitializeAsync()
    {
        await Factory.StartAsync("nvzh_pub");
        var pdf = await ExportAsync(2024, PublicationOptions.Default);
        Pdf2024 = pdf.Content;
        using var scope = Factory.Services.CreateScope();
        Html2024 = await scope.ServiceProvider.GetRequiredService<PublicationPdfExporter>().RenderHtmlAsync(pdf.Source.Input);
        await SaveArtifactsAsync("publicatie-2024", Pdf2024, Html2024);
    }

    public async Task<PublicationPdf> ExportAsync(int year, PublicationOptions options)
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PublicationPdfExporter>().ExportAsync(year, options)
            ?? throw new InvalidOperationException($"No edition {year}.");
    }

    /// <summary>Writes the PDF and HTML, and renders every page to PNG at 60 dpi with pdftoppm (poppler-utils).</summary>
    public static async Task SaveArtifactsAsync(string name, byte[] pdf, string? html = null)
    {
        var directory = ArtifactsDirectory;
        foreach (var old in Directory.GetFiles(directory, name + "-*.png"))
        {
            File.Delete(old);
        }

        var pdfPath = Path.Combine(directory, name + ".pdf");
        await File.WriteAllBytesAsync(pdfPath, pdf);
        if (html is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(directory, name + ".html"), html);
        }

        using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-png", "-r", "60", pdfPath, Path.Combine(directory, name)]) { UseShellExecute = false })!;
        await process.WaitForExitAsync();
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

/// <summary>Tests that share the app and the exported 2024 PDF.</summary>
[CollectionDefinition(Name)]
public sealed class PublicationCollection : ICollectionFixture<PublicationFixture>
{
    public const string Name = "publication";
}
