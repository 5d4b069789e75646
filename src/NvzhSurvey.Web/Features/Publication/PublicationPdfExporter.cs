using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using NvzhSurvey.Core.Publication;
using NvzhSurvey.Web.Features.Publication.Document;

namespace NvzhSurvey.Web.Features.Publication;

/// <summary>
/// Exports an edition's publication as PDF: load the input (the latest snapshot of a published edition, else
/// live data), render the HTML, print it. A printed PDF is kept by the hash of its input (<see cref="PdfCache"/>),
/// so the same input is printed once. A published edition's PDF is stored in the database on its first print
/// (<see cref="PublishedPdfStore"/>) and from then on served from there, byte for byte, without the printer. The table of contents needs the pages of the headings, which only a print
/// can tell: the first export of an input prints twice, and remembers the page numbers.
/// </summary>
/// <remarks>
/// For benchmarks the steps are public: <see cref="RenderHtmlAsync"/> is our part (report model + HTML),
/// <see cref="PublicationPrinter.PrintAsync"/> is Chromium's.
/// </remarks>
public sealed class PublicationPdfExporter(
    PublicationSnapshots snapshots,
    PublishedPdfStore stored,
    PublicationHtmlRenderer renderer,
    PublicationPrinter printer,
    PdfCache cache,
    IServiceScopeFactory scopes,
    ILogger<PublicationPdfExporter> logger)
{
    private const int MaxRememberedLayouts = 64;
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, int>> Layouts = new();

    /// <summary>Null when the edition does not exist.</summary>
    public async Task<PublicationPdf?> ExportAsync(int year, PublicationOptions options, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var source = await snapshots.LoadAsync(year, options, cancellationToken);
        if (source is null)
        {
            return null;
        }

        var inputHash = InputHash(source.Input);
        var pdf = source.Snapshot is { } published ? await stored.FindAsync(published.Id, inputHash, cancellationToken) : null;
        // The print is shared by every request for the same input, so it runs in a scope of its own.
        pdf ??= await cache.GetOrPrintAsync(CacheKey(source), async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var printed = await scope.ServiceProvider.GetRequiredService<PublicationPdfExporter>().PrintAsync(source);
            return source.Snapshot is { } snapshot
                ? await scope.ServiceProvider.GetRequiredService<PublishedPdfStore>().StoreAsync(snapshot.Id, inputHash, printed)
                : printed;
        }, cancellationToken);

        logger.LogInformation("Exported publication {Year} (snapshot {SnapshotId}, comparison {Compare}) in {Elapsed} ms",
            year, source.Snapshot?.Id, options.CompareWithPrevious, stopwatch.ElapsedMilliseconds);
        return new PublicationPdf(pdf, FileName(year, options), source);
    }

    private async Task<byte[]> PrintAsync(PublicationSource source)
    {
        var html = await RenderHtmlAsync(source.Input);
        var pdf = await printer.PrintAsync(html);
        // A published edition's PDF is the same file every time: dated by its snapshot, not by the export.
        return source.Snapshot is { } snapshot ? PdfDates.SetCreationAndModificationDate(pdf, snapshot.CreatedAt) : pdf;
    }

    /// <summary>
    /// The final HTML (with the table of contents' page numbers) of an input. Prints a draft first when the page
    /// numbers of this input are not known yet (remembered by the hash of the input's JSON).
    /// </summary>
    public async Task<string> RenderHtmlAsync(PublicationInput input, CancellationToken cancellationToken = default)
    {
        var key = InputHash(input);
        if (!Layouts.TryGetValue(key, out var pages))
        {
            var draft = await renderer.RenderAsync(input, pageNumbers: null);
            pages = ContentsPageNumbers.Read(await printer.PrintAsync(draft, cancellationToken), ContentsEntries.For(input));
            if (Layouts.Count >= MaxRememberedLayouts)
            {
                Layouts.Clear();
            }

            Layouts[key] = pages;
        }

        return await renderer.RenderAsync(input, pages);
    }

    public static string FileName(int year, PublicationOptions options) =>
        $"NVZH-ledenonderzoek-{year}{(options.CompareWithPrevious ? "-met-vergelijking" : "")}.pdf";

    /// <summary>What decides the PDF's bytes: the input, and for a snapshot its time (the PDF's dates).</summary>
    private static string CacheKey(PublicationSource source) =>
        InputHash(source.Input) + (source.Snapshot is { } snapshot ? "@" + snapshot.CreatedAt.UtcTicks : "");

    private static string InputHash(PublicationInput input) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(PublicationSerializer.Serialize(input))));
}

public sealed record PublicationPdf(byte[] Content, string FileName, PublicationSource Source);
