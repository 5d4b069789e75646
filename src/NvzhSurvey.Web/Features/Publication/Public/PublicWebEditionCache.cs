using System.Collections.Concurrent;
using System.Text;

namespace NvzhSurvey.Web.Features.Publication;

/// <summary>
/// The rendered public page per snapshot and branding: a published snapshot never changes, so its HTML is made once
/// and served from memory (a new snapshot or a new branding gives a new key).
/// </summary>
public sealed class PublicWebEditionCache
{
    private const int MaxEntries = 32;
    private readonly ConcurrentDictionary<string, byte[]> _pages = new();

    public async Task<byte[]> GetOrRenderAsync(string key, Func<Task<string>> render)
    {
        if (_pages.TryGetValue(key, out var page))
        {
            return page;
        }

        page = Encoding.UTF8.GetBytes(await render());
        if (_pages.Count >= MaxEntries)
        {
            _pages.Clear();
        }

        _pages[key] = page;
        return page;
    }
}
