using System.Collections.Concurrent;

namespace NvzhSurvey.Core.Benchmarks;

/// <summary>
/// Keeps one <see cref="BenchmarkNetwork"/> per edition so a request reads only the organisation's own rows.
/// The version says which data it was computed from: for a published edition the stored rows (publication snapshot),
/// which never change, so it is kept until the edition is published again; for a closed edition's live preview the
/// completed responses (count, last change), and then only for <see cref="LiveLifetime"/>, because a staff correction
/// of an answer does not change the response row. Register as a singleton; a <see cref="BenchmarkQuery"/> made
/// without one has its own.
/// </summary>
public sealed class BenchmarkNetworkCache(TimeProvider? clock = null)
{
    public static readonly TimeSpan LiveLifetime = TimeSpan.FromSeconds(30);

    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private readonly ConcurrentDictionary<int, Entry> entries = new();

    internal Task<BenchmarkNetwork> GetAsync(int editionId, string version, bool stored, Func<Task<BenchmarkNetwork>> compute)
    {
        var now = clock.GetUtcNow();
        if (entries.TryGetValue(editionId, out var entry) && entry.Version == version && (entry.Until is null || entry.Until > now)
            && !entry.Network.IsFaulted && !entry.Network.IsCanceled)
        {
            return entry.Network;
        }

        // Concurrent first requests (the ZIP prints three at a time) may each compute it once; the last one is kept.
        var fresh = new Entry(version, stored ? null : now + LiveLifetime, compute());
        entries[editionId] = fresh;
        return fresh.Network;
    }

    private sealed record Entry(string Version, DateTimeOffset? Until, Task<BenchmarkNetwork> Network);
}
