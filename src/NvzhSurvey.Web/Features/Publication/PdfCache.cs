using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace NvzhSurvey.Web.Features.Publication;

/// <summary>
/// Printed PDFs by the hash of what was printed, up to <see cref="PublicationSettings.PdfCacheMegabytes"/>. Requests
/// for the same input while it is being printed wait for that one print instead of starting their own, so thirty
/// identical exports cost one print.
/// </summary>
public sealed class PdfCache(IOptions<PublicationSettings> options) : IDisposable
{
    private readonly MemoryCache _pdfs = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.PdfCacheMegabytes) * 1024L * 1024L });
    private readonly ConcurrentDictionary<string, Lazy<Task<byte[]>>> _printing = new();

    /// <param name="print">Runs once per key at a time, not cancelled when one of the waiting requests goes away.</param>
    public async Task<byte[]> GetOrPrintAsync(string key, Func<Task<byte[]>> print, CancellationToken cancellationToken)
    {
        if (_pdfs.TryGetValue(key, out byte[]? cached) && cached is not null)
        {
            return cached;
        }

        var printing = _printing.GetOrAdd(key, k => new Lazy<Task<byte[]>>(() => PrintAndKeepAsync(k, print)));
        return await printing.Value.WaitAsync(cancellationToken);
    }

    private async Task<byte[]> PrintAndKeepAsync(string key, Func<Task<byte[]>> print)
    {
        try
        {
            await Task.Yield();
            var pdf = await print();
            _pdfs.Set(key, pdf, new MemoryCacheEntryOptions { Size = pdf.Length, SlidingExpiration = TimeSpan.FromHours(1) });
            return pdf;
        }
        finally
        {
            _printing.TryRemove(key, out _);
        }
    }

    public void Dispose() => _pdfs.Dispose();
}
