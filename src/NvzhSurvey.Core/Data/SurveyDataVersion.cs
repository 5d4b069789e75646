using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace NvzhSurvey.Core.Data;

/// <summary>
/// The one invalidation point of computed results (the report): a counter that goes up after every saved change and
/// every committed transaction of this app instance, and, with a <see cref="SurveyChangeChannel"/>, a PostgreSQL
/// <c>NOTIFY</c> for the other instances on the same database. Register one per process (singleton) and add it to
/// every DbContext as an interceptor. Writes that bypass both (an <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> outside a
/// transaction) are not seen: do those inside a transaction when they change report input.
/// </summary>
/// <remarks>
/// The notification goes inside the transaction where there is one (delivered at commit, dropped at rollback);
/// a save without a transaction (one statement, auto-committed) notifies right after it. A notification that fails
/// after the commit is logged, not thrown: the data is saved; other instances then recompute on their next
/// notification or when their cached entry expires.
/// </remarks>
public sealed class SurveyDataVersion(SurveyChangeChannel? channel = null, ILogger<SurveyDataVersion>? logger = null)
    : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ILogger _logger = logger ?? NullLogger<SurveyDataVersion>.Instance;

    // Contexts whose transaction has already carried the notification of the save in progress.
    private readonly ConditionalWeakTable<DbContext, object> _notifiedInTransaction = [];

    private long _current;

    public long Current => Interlocked.Read(ref _current);

    /// <summary>Invalidates everything computed so far in this instance (also called when another instance notifies).</summary>
    public void Bump() => Interlocked.Increment(ref _current);

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Forget(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Bump();
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null && !_notifiedInTransaction.TryGetValue(context, out _))
        {
            await NotifyAfterCommitAsync(context, cancellationToken);
        }

        return result;
    }

    // Every commit (a caller's transaction, or the one SaveChanges opens for several statements) carries the notification.
    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        TransactionCommittingAsync(transaction, eventData, result).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (channel is not null && transaction.Connection is { } connection)
        {
            await channel.NotifyAsync(connection, transaction, cancellationToken);
            if (eventData.Context is { } context)
            {
                _notifiedInTransaction.AddOrUpdate(context, true);
            }
        }

        return result;
    }

    // A change saved inside an explicit transaction becomes visible only at commit: bump again then.
    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Bump();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Bump();
        return Task.CompletedTask;
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _notifiedInTransaction.Remove(context);
        }
    }

    private async Task NotifyAfterCommitAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (channel is null)
        {
            return;
        }

        try
        {
            await context.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await channel.NotifyAsync(context.Database.GetDbConnection(), null, cancellationToken);
            }
            finally
            {
                await context.Database.CloseConnectionAsync();
            }
        }
        catch (Exception exception)
        {
            _logger.LogWarning(exception, "The change is saved, but the other app instances were not notified of it");
        }
    }
}
