using NvzhSurvey.Core.Interviews;
using NvzhSurvey.Core.Time;

namespace NvzhSurvey.Web.Features.Interviews.Autosave;

/// <summary>
/// The interview form's autosave: which answers changed (dirty tracking), a pause after the last keystroke
/// (debounce), one save at a time in the order of the changes, a retry only after a lost database connection,
/// and a stop on a conflict (someone else saved first). A plain class, so it is tested without a browser or bUnit;
/// the form binds to <see cref="State"/> and re-renders on <see cref="Changed"/>.
/// </summary>
/// <param name="save">Stores the changes (InterviewWriter.SaveAsync in the app).</param>
/// <param name="dispatch">Runs timer callbacks where the component renders (the component's InvokeAsync).</param>
public sealed class InterviewAutosave(
    InterviewFormModel form,
    Func<InterviewChanges, Task<SaveResult>> save,
    Func<Func<Task>, Task> dispatch,
    ILogger logger,
    AutosaveOptions? options = null) : IAsyncDisposable
{
    public const string ConnectionLostMessage =
        "Opslaan is mislukt (geen verbinding met de database). Uw invoer staat nog op het scherm en wordt automatisch opgeslagen zodra de verbinding terug is.";

    private readonly AutosaveOptions _options = options ?? new AutosaveOptions();
    private readonly HashSet<int> _dirtyQuestions = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _detailsDirty;
    private bool _locationsDirty;
    private int _connectionRetries;
    private CancellationTokenSource? _timer;
    private bool _disposed;

    public SaveState State { get; private set; } = SaveState.Idle;

    /// <summary>The Dutch message of a failure or conflict, shown above the form.</summary>
    public string? Message { get; private set; }

    /// <summary>For a failure other than a lost connection: the reference in the log, for the person to quote.</summary>
    public string? Reference { get; private set; }

    public DateTimeOffset? SavedAt { get; private set; }

    /// <summary>Acknowledged saves (the page shows it as <c>data-saves</c>, so tests wait for "this change saved").</summary>
    public int Saves { get; private set; }

    public bool HasPendingChanges => _dirtyQuestions.Count > 0 || _detailsDirty || _locationsDirty;

    /// <summary>Raised when the state changed outside a user event (a timer's save): re-render.</summary>
    public event Func<Task>? Changed;

    /// <summary>Raised after every stored save (the history panel refreshes).</summary>
    public event Func<Task>? Saved;

    public void QuestionChanged(QuestionFormModel question)
    {
        if (question.Error is not null)
        {
            // Not saved until corrected; the message stands next to the field.
            _dirtyQuestions.Remove(question.Id);
            State = SaveState.Invalid;
            return;
        }

        _dirtyQuestions.Add(question.Id);
        Schedule(_options.Delay);
    }

    public void DetailsChanged()
    {
        _detailsDirty = true;
        Schedule(_options.Delay);
    }

    public void LocationsChanged()
    {
        _locationsDirty = true;
        Schedule(_options.Delay);
    }

    /// <summary>Saves every pending change now (a field lost focus, a choice was clicked, the page is left).</summary>
    public async Task SaveNowAsync()
    {
        if (State == SaveState.Conflict || !form.AcceptsAnswers)
        {
            return;
        }

        await _gate.WaitAsync();
        bool saved;
        try
        {
            saved = await SaveLockedAsync();
        }
        finally
        {
            _gate.Release();
        }

        if (HasPendingChanges && State is SaveState.Saved)
        {
            Schedule(_options.Delay); // changes made while the save ran
        }

        if (saved && Saved is { } handler)
        {
            await handler();
        }
    }

    /// <summary>Runs a status command (complete, submit, reopen, confirm, prefill) after pending changes are
    /// saved and never during an autosave; applies its result.</summary>
    public async Task<SaveResult?> RunExclusiveAsync(Func<Task<SaveResult>> command)
    {
        await SaveNowAsync();
        if (State == SaveState.Conflict)
        {
            return null;
        }

        await _gate.WaitAsync();
        try
        {
            var result = await command();
            Apply(result, []);
            return result;
        }
        finally
        {
            _gate.Release();
            if (Saved is { } handler)
            {
                await handler();
            }
        }
    }

    /// <summary>After a reload (new form model, nothing pending).</summary>
    public void MarkLoaded(SaveState state = SaveState.Idle)
    {
        _dirtyQuestions.Clear();
        _detailsDirty = _locationsDirty = false;
        State = state;
        Message = Reference = null;
    }

    private async Task<bool> SaveLockedAsync()
    {
        if (!HasPendingChanges)
        {
            return false;
        }

        CancelTimer();
        var questions = _dirtyQuestions.ToList();
        var details = _detailsDirty && _options.SaveDetails;
        var locations = _locationsDirty;
        _dirtyQuestions.Clear();
        _detailsDirty = _locationsDirty = false;
        State = SaveState.Saving;
        var changes = new InterviewChanges(form.Version)
        {
            Answers = questions.Select(id => form.Question(id).ToAnswer()).ToList(),
            Details = details ? new InterviewDetails(form.InterviewDate, form.Interviewer, form.InternalNotes) : null,
            CountedLocationIds = locations
                ? form.Locations.Where(l => l.Counted && l.LocationId is not null).Select(l => l.LocationId!.Value).ToList()
                : null,
        };

        SaveResult result;
        var retry = false;
        try
        {
            result = await save(changes);
            _connectionRetries = 0;
        }
        catch (Exception ex) when (ex is not OperationCanceledException && ConnectionFailures.IsConnectionLost(ex)
                                   && _connectionRetries < _options.MaxConnectionRetries)
        {
            logger.LogWarning(ex, "Autosave of response {EditionId}/{OrganisationId}: database connection lost, trying again",
                form.EditionId, form.OrganisationId);
            _connectionRetries++;
            retry = true;
            result = new SaveResult(SaveOutcome.Refused, ConnectionLostMessage);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Reference = NewReference();
            logger.LogError(ex, "Autosave of response {EditionId}/{OrganisationId} failed (reference {Reference})",
                form.EditionId, form.OrganisationId, Reference);
            _connectionRetries = 0;
            result = new SaveResult(SaveOutcome.Refused,
                $"Opslaan mislukt. Uw invoer staat nog op het scherm; wijzig een veld om het opnieuw te proberen. Blijft het misgaan, noem dan referentie {Reference} aan de NVZH.");
        }

        if (!result.Succeeded)
        {
            _dirtyQuestions.UnionWith(questions);
            _detailsDirty |= details;
            _locationsDirty |= locations;
        }
        else if (questions.Count > 0)
        {
            form.PrefillYear = null; // the response has answers now: taking over last year's is no longer offered
        }

        Apply(result, questions);
        if (retry)
        {
            Schedule(_options.RetryDelay, keepState: true);
        }

        return result.Succeeded;
    }

    private void Apply(SaveResult result, IReadOnlyCollection<int> savedQuestions)
    {
        switch (result.Outcome)
        {
            case SaveOutcome.Saved:
                form.ResponseId = result.ResponseId;
                form.Version = result.Version;
                form.Status = result.Status;
                form.LastChangedAt = result.LastChangedAt;
                form.LastChangedBy = result.LastChangedBy;
                foreach (var (questionId, error) in result.Errors)
                {
                    form.Question(questionId).Error = error;
                }

                Message = Reference = null;
                SavedAt = result.LastChangedAt;
                Saves++;
                State = form.Questions.Any(q => q.Error is not null) ? SaveState.Invalid : SaveState.Saved;
                break;
            case SaveOutcome.Conflict:
                State = SaveState.Conflict;
                Message = result.Message;
                CancelTimer();
                break;
            default:
                State = SaveState.Failed;
                Message = result.Missing.Count > 0 ? null : result.Message;
                break;
        }
    }

    private void Schedule(TimeSpan delay, bool keepState = false)
    {
        if (State == SaveState.Conflict || _disposed)
        {
            return;
        }

        if (!keepState)
        {
            State = SaveState.Pending;
        }

        CancelTimer();
        _timer = new CancellationTokenSource();
        _ = SaveAfterAsync(delay, _timer.Token);
    }

    private async Task SaveAfterAsync(TimeSpan delay, CancellationToken token)
    {
        try
        {
            await Task.Delay(delay, token);
            await dispatch(async () =>
            {
                await SaveNowAsync();
                if (Changed is { } handler)
                {
                    await handler();
                }
            });
        }
        catch (OperationCanceledException)
        {
            // A newer change restarted the pause.
        }
        catch (ObjectDisposedException)
        {
            // The page was left meanwhile; DisposeAsync saved what was pending.
        }
    }

    private void CancelTimer()
    {
        _timer?.Cancel();
        _timer?.Dispose();
        _timer = null;
    }

    private static string NewReference() => Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    /// <summary>Leaving the page: stores what is still pending rather than lose it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        CancelTimer();
        try
        {
            await SaveNowAsync();
        }
        catch (Exception ex) when (ex is ObjectDisposedException or InvalidOperationException)
        {
            logger.LogDebug(ex, "Pending interview changes could not be saved while leaving the page");
        }

        _gate.Dispose();
    }
}
