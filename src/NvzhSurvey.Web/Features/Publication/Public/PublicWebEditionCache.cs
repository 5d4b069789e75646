using System.Collections.Concurrent;
using System.Text;
using NvzhSurvey.Core.Publication;

namespace NvzhSurvey.Web.Features.Publication;

/// <summary>
/// The public page per year, in memory: a published snapshot never changes, so its HTML is rendered once. Whether a
/// year is public (and which snapshot and branding it shows) is looked up again after <see cref="LookupLifetime"/>,
/// or at once when this instance switched a page or changed the branding (<see cref="PublicWebEditions.Generation"/>);
/// another app instance's switch is seen within that lifetime. When only the lifetime ran out, one request looks up
/// again while the others meanwhile get the page they would have got a moment ago, so 16 connections do not all
/// query the database at the same moment every few seconds (that was the public page's p99 tail).
/// </summary>
public sealed class PublicWebEditionCache(TimeProvider clock)
{
    public static readonly TimeSpan LookupLifetime = TimeSpan.FromSeconds(5);
    private const int MaxEntries = 32;

    private sealed record Entry(long Generation, DateTimeOffset CheckedAt, string? Key, byte[]? Page);

    private readonly ConcurrentDictionary<int, Entry> _years = new();
    private int _lookingUp; // 1 while a request looks up an entry whose lifetime ran out

    /// <param name="lookUp">The key of what the year shows now (snapshot and branding), or null when it is not public.</param>
    /// <param name="render">Renders the page of the year.</param>
    /// <returns>The page, or null when the year has no public page.</returns>
    public async Task<byte[]?> GetAsync(int year, Func<Task<string?>> lookUp, Func<Task<string>> render)
    {
        var generation = PublicWebEditions.Generation;
        var now = clock.GetUtcNow();
        if (_years.TryGetValue(year, out var entry) && entry.Generation == generation && now - entry.CheckedAt < LookupLifetime)
        {
            return entry.Page;
        }

        var fresh = entry is not null && entry.Generation == generation;
        if (fresh && Interlocked.CompareExchange(ref _lookingUp, 1, 0) != 0)
        {
            // Another request is looking this up right now: the answer of a moment ago (same generation) is good.
            return entry!.Page;
        }

        try
        {
            return await LookUpAsync(year, entry, generation, now, lookUp, render);
        }
        finally
        {
            if (fresh)
            {
                Volatile.Write(ref _lookingUp, 0);
            }
        }
    }

    private async Task<byte[]?> LookUpAsync(int year, Entry? entry, long generation, DateTimeOffset now, Func<Task<string?>> lookUp, Func<Task<string>> render)
    {
        var key = await lookUp();
        var page = key is null ? null
            : entry is { Page: { } known } && entry.Key == key ? known
            : Encoding.UTF8.GetBytes(await render());
        if (_years.Count >= MaxEntries)
        {
            _years.Clear();
        }

        _years[year] = new Entry(generation, now, key, page);
        return page;
    }
}
