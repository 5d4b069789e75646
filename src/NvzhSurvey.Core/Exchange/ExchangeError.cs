namespace NvzhSurvey.Core.Exchange;

/// <summary>One problem of an import, with the JSON path of the value ("organisations[3].response.answers.fte").</summary>
public sealed record ExchangeError(string Path, string Message)
{
    /// <summary>"organisations[3].response.answers.fte: moet 0 of meer zijn".</summary>
    public override string ToString()
    {
        var message = Message.TrimEnd('.');
        return message.Length == 0 ? Path : $"{Path}: {char.ToLowerInvariant(message[0])}{message[1..]}";
    }
}
