using System.Data.Common;
using Npgsql;

namespace NvzhSurvey.Core.Data;

/// <summary>
/// The PostgreSQL channel on which app instances on one database tell each other that survey data changed
/// (<c>NOTIFY</c>; each instance <c>LISTEN</c>s, see the Web's <c>SurveyChangeListener</c>). The payload is the
/// sending instance's id, so an instance skips its own notifications: it has already invalidated locally.
/// One per process (singleton).
/// </summary>
public sealed class SurveyChangeChannel
{
    public const string Name = "nvzh_survey_changed";

    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>
    /// Sends the notification on <paramref name="connection"/>. Inside <paramref name="transaction"/> PostgreSQL
    /// delivers it only when that transaction commits (and never on a rollback).
    /// </summary>
    public async Task NotifyAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_notify(@channel, @payload)";
        command.Parameters.Add(new NpgsqlParameter("channel", Name));
        command.Parameters.Add(new NpgsqlParameter("payload", InstanceId));
        await command.ExecuteNonQueryAsync(ct);
    }
}
