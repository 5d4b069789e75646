namespace NvzhSurvey.Core.Publication;

/// <summary>A publication step failed; <see cref="Exception.Message"/> is Dutch and can be shown to the user.</summary>
public sealed class PublicationException : Exception
{
    public PublicationException(string message) : base(message) { }

    public PublicationException(string message, Exception innerException) : base(message, innerException) { }

    public PublicationException() { }

    /// <summary>Set when trying again later may work (a full print queue): the seconds to wait.</summary>
    public int? RetryAfterSeconds { get; init; }
}
