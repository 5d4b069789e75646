using System.Collections.Concurrent;
using System.IO.Compression;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Benchmarks;

namespace NvzhSurvey.Web.Features.Benchmarks;

/// <summary>
/// "Alle vergelijkingen": every participant's benchmark PDF of an edition in one ZIP, for staff, reporting progress
/// per PDF. The finished file waits in <see cref="BenchmarkZipStore"/> for its download.
/// </summary>
public sealed class BenchmarkZipBuilder(BenchmarkQuery query, BenchmarkPdfExporter exporter)
{
    /// <summary>PDFs printed at the same time (the warm printer serves several pages at once).</summary>
    private const int Parallel = 3;

    /// <returns>The ZIP's bytes, or null when the actor may not or the edition has no benchmarks.</returns>
    public async Task<byte[]?> BuildAsync(Actor actor, int year, IProgress<(int Done, int Total)>? progress, CancellationToken ct = default)
    {
        if (await query.ParticipantsAsync(actor, year, ct) is not { Count: > 0 } participants)
        {
            return null;
        }

        var done = 0;
        var pdfs = new (string Name, byte[] Pdf)?[participants.Count];
        progress?.Report((0, participants.Count));
        await System.Threading.Tasks.Parallel.ForEachAsync(
            Enumerable.Range(0, participants.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = ct },
            async (i, token) =>
            {
                var result = await query.GetAsync(actor, year, participants[i].Key, token);
                if (result.Benchmark is { } benchmark)
                {
                    pdfs[i] = (BenchmarkPdfExporter.FileName(benchmark), await exporter.PrintAsync(benchmark, token));
                }

                progress?.Report((Interlocked.Increment(ref done), participants.Count));
            });

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, pdf) in pdfs.OfType<(string, byte[])>())
            {
                await using var entry = await zip.CreateEntry(name, CompressionLevel.Fastest).OpenAsync(ct);
                await entry.WriteAsync(pdf, ct);
            }
        }

        return buffer.ToArray();
    }

    public static string FileName(int year) => $"NVZH-vergelijkingen-{year}.zip";
}

/// <summary>Finished ZIPs by a random id, for one download each, kept at most 30 minutes (per app instance).</summary>
public sealed class BenchmarkZipStore(TimeProvider clock)
{
    private readonly ConcurrentDictionary<Guid, (int Year, byte[] Zip, DateTimeOffset At)> _files = new();

    public Guid Add(int year, byte[] zip)
    {
        foreach (var old in _files.Where(f => clock.GetUtcNow() - f.Value.At > TimeSpan.FromMinutes(30)))
        {
            _files.TryRemove(old.Key, out _);
        }

        var id = Guid.NewGuid();
        _files[id] = (year, zip, clock.GetUtcNow());
        return id;
    }

    public byte[]? Take(int year, Guid id) =>
        _files.TryRemove(id, out var file) && file.Year == year ? file.Zip : null;
}
