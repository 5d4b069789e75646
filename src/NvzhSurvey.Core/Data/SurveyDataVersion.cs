using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NvzhSurvey.Core.Data;

/// <summary>
/// A counter that goes up after every saved change and every committed transaction of this app instance, so that
/// computed results (the report) can be reused until the data changes. Register one per process (singleton) and add
/// it to every DbContext as an interceptor.
/// </summary>
public sealed class SurveyDataVersion : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private long _current;

    public long Current => Interlocked.Read(ref _current);

    public void Bump() => Interlocked.Increment(ref _current);

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Bump();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Bump();
        return ValueTask.FromResult(result);
    }

    // A change saved inside an explicit transaction becomes visible only at commit: bump again then.
    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Bump();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Bump();
        return Task.CompletedTask;
    }
}
