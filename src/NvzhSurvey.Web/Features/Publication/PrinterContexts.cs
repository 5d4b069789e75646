namespace NvzhSurvey.Web.Features.Publication;

/// <summary>
/// Counts the warm printer's browser contexts over every Chromium it started: opened and closed (a print's own
/// and the spares), spares discarded because their browser was retired, and spares a print did not wait for.
/// For tests (no context is left open) and diagnostics.
/// </summary>
public sealed class PrinterContexts
{
    private int _opened;
    private int _closed;
    private int _sparesDiscarded;
    private int _sparesNotReady;

    public int Opened => Volatile.Read(ref _opened);

    public int Closed => Volatile.Read(ref _closed);

    /// <summary>Spares taken out unused when their browser was retired (print limit, crash, hang) or disposed.</summary>
    public int SparesDiscarded => Volatile.Read(ref _sparesDiscarded);

    /// <summary>Spares that were not ready within <see cref="PublicationSettings.SpareWait"/>; the print made its own page.</summary>
    public int SparesNotReady => Volatile.Read(ref _sparesNotReady);

    internal void CountOpened() => Interlocked.Increment(ref _opened);

    internal void CountClosed() => Interlocked.Increment(ref _closed);

    internal void CountSpareDiscarded() => Interlocked.Increment(ref _sparesDiscarded);

    internal void CountSpareNotReady() => Interlocked.Increment(ref _sparesNotReady);
}
