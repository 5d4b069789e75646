namespace NvzhSurvey.Core;

/// <summary>The outcome of a command: success, or a Dutch message for the person who asked for it.</summary>
public sealed record OperationResult(bool Succeeded, string? Error = null)
{
    public static readonly OperationResult Ok = new(true);

    public static OperationResult Fail(string error) => new(false, error);
}
