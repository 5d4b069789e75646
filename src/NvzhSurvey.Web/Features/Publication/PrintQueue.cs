using Microsoft.Extensions.Options;
using NvzhSurvey.Core.Publication;

namespace NvzhSurvey.Web.Features.Publication;

/// <summary>
/// The bounded print queue: at most <see cref="PublicationSettings.MaxConcurrentPrints"/> prints at a time and
/// <see cref="PublicationSettings.MaxQueuedPrints"/> waiting; one more is refused at once with a
/// <see cref="PublicationException"/> that carries a Retry-After, so a flood of exports cannot pile up.
/// </summary>
public sealed class PrintQueue : IDisposable
{
    public const int RetryAfterSeconds = 10;
    private readonly PublicationSettings _settings;
    private readonly SemaphoreSlim _slots;
    private int _admitted;

    public PrintQueue(IOptions<PublicationSettings> options)
    {
        _settings = options.Value;
        _slots = new SemaphoreSlim(Math.Max(1, _settings.MaxConcurrentPrints));
    }

    /// <summary>Prints running and waiting.</summary>
    public int Admitted => Volatile.Read(ref _admitted);

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> print, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _admitted) > Math.Max(1, _settings.MaxConcurrentPrints) + Math.Max(0, _settings.MaxQueuedPrints))
        {
            Interlocked.Decrement(ref _admitted);
            throw new PublicationException("De PDF kan nu niet worden gemaakt: er worden al veel PDF's gemaakt. Probeer het over enkele seconden opnieuw.")
            {
                RetryAfterSeconds = RetryAfterSeconds,
            };
        }

        try
        {
            await _slots.WaitAsync(cancellationToken);
            try
            {
                return await print(cancellationToken);
            }
            finally
            {
                _slots.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _admitted);
        }
    }

    public void Dispose() => _slots.Dispose();
}
