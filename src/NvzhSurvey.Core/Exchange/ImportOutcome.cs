using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Exchange;

/// <summary>What an import did (or, for a dry run, would do).</summary>
public abstract record ImportOutcome
{
    private ImportOutcome()
    {
    }

    /// <summary>The edition does not exist.</summary>
    public sealed record EditionNotFound(int Year) : ImportOutcome;

    /// <summary>The edition is closed or published: its responses can no longer change.</summary>
    public sealed record EditionClosed(int Year, string Message) : ImportOutcome;

    /// <summary>The batch was refused; nothing was written.</summary>
    public sealed record Invalid(IReadOnlyList<ExchangeError> Errors) : ImportOutcome;

    /// <summary>The batch was stored (or, when <see cref="DryRun"/>, checked and rolled back).</summary>
    public sealed record Imported(ImportSummary Summary, bool DryRun) : ImportOutcome;
}

public enum ImportAction
{
    Unchanged = 0,
    Created = 1,
    Updated = 2,
}

/// <summary>
/// Per organisation of the batch (in batch order): what happened to it and to its response, every value that
/// changed (question label: old → new) and how many values stayed the same.
/// </summary>
public sealed record ImportedOrganisation(
    string Key, ImportAction Organisation, ImportAction Response, IReadOnlyList<AnswerChange> Changes, int UnchangedValues)
{
    public int ChangedValues => Changes.Count;
}

public sealed record ImportSummary(IReadOnlyList<ImportedOrganisation> Organisations)
{
    public int OrganisationsCreated => Organisations.Count(o => o.Organisation == ImportAction.Created);
    public int OrganisationsUpdated => Organisations.Count(o => o.Organisation == ImportAction.Updated);
    public int ResponsesCreated => Organisations.Count(o => o.Response == ImportAction.Created);
    public int ResponsesUpdated => Organisations.Count(o => o.Response == ImportAction.Updated);
    public int Unchanged => Organisations.Count(o => o.Organisation == ImportAction.Unchanged && o.Response == ImportAction.Unchanged);

    /// <summary>Nothing at all would change ("geen wijzigingen").</summary>
    public bool NothingChanged => Organisations.All(o => o.Organisation == ImportAction.Unchanged && o.Response == ImportAction.Unchanged);
}
