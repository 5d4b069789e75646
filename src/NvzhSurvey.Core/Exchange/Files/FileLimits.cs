namespace NvzhSurvey.Core.Exchange.Files;

/// <summary>
/// What an uploaded spreadsheet may unpack to, checked before and while it is read, so a small crafted file
/// (a zip bomb, a cell at XFD1048576) is refused with a Dutch message instead of filling the memory.
/// Configuration section "FileImport".
/// </summary>
public sealed class FileLimits
{
    public const string Section = "FileImport";

    /// <summary>The most bytes all parts of an .xlsx may unpack to together.</summary>
    public long MaxUnpackedBytes { get; set; } = 50 * 1024 * 1024;

    public int MaxRows { get; set; } = 10_000;

    public int MaxColumns { get; set; } = 1_000;

    /// <summary>Reading takes at most this long.</summary>
    public TimeSpan ParseTimeout { get; set; } = TimeSpan.FromSeconds(15);
}

/// <summary>A file that is refused before or while it is read; the message is Dutch and meant for the person uploading.</summary>
public sealed class FileRefusedException(string message) : Exception(message);
