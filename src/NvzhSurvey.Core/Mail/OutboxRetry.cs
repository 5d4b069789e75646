namespace NvzhSurvey.Core.Mail;

/// <summary>Exponential back-off: 1, 2, 4, 8 … minutes after each failed attempt, at most an hour; given up after <see cref="MaxAttempts"/>.</summary>
public static class OutboxRetry
{
    public const int MaxAttempts = 8;

    public static TimeSpan DelayAfter(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Max(0, attempts - 1))));
}
