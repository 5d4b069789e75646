namespace NvzhSurvey.Core.Mail;

/// <summary>
/// A mail waiting to be sent, sent, or given up on. Written in the same transaction as the event that causes it
/// (<see cref="MailOutbox.Add"/>); the outbox worker sends it (<see cref="OutboxDispatcher"/>).
/// </summary>
public class OutboxMail
{
    public long Id { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string TextBody { get; set; }

    /// <summary>What caused it, e.g. "uitnodiging", "herinnering", "indiening", "planning" (shown to staff).</summary>
    public required string Kind { get; set; }

    public int? OrganisationId { get; set; }
    public int? EditionId { get; set; }

    /// <summary>One optional attachment, e.g. an .ics invitation.</summary>
    public string? AttachmentName { get; set; }
    public string? AttachmentContentType { get; set; }
    public byte[]? AttachmentContent { get; set; }

    public OutboxMailStatus Status { get; set; } = OutboxMailStatus.Waiting;
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }

    /// <summary>The Message-ID header: the same on every attempt, so a receiver can recognise a repeat.</summary>
    public string MessageId => $"outbox-{Id}@nvzh-ledenonderzoek";
}
