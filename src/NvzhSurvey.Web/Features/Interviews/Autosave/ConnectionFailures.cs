using System.Net.Sockets;
using Npgsql;

namespace NvzhSurvey.Web.Features.Interviews.Autosave;

/// <summary>Tells a lost database connection (worth trying again in a moment) from every other failure.</summary>
public static class ConnectionFailures
{
    public static bool IsConnectionLost(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Class 08 (connection exception) and 57P01-03 (server shutting down or starting).
                case PostgresException p:
                    return p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState.StartsWith("57P0", StringComparison.Ordinal);
                case NpgsqlException or SocketException or EndOfStreamException:
                    return true;
            }
        }

        return false;
    }
}
