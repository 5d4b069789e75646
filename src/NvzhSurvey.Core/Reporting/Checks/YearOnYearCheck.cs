namespace NvzhSurvey.Core.Reporting.Checks;

/// <summary>
/// A completed response that differs strongly from the same organisation's previous edition, or an organisation that
/// answered last year and not this year. <see cref="CheckKey"/> identifies the check of the organisation, so staff can
/// mark it "klopt" (<see cref="DataCheckResolution"/>).
/// </summary>
public sealed record YearOnYearCheck(string CheckKey, int OrganisationId, string OrganisationName, string Message, YearOnYearResolution? Resolution)
{
    public bool IsResolved => Resolution is not null;
}

/// <summary>Staff confirmed the check ("klopt") with a reason.</summary>
public sealed record YearOnYearResolution(string Reason, string? ResolvedBy, DateTimeOffset ResolvedAt);

/// <summary>The year-on-year checks of an edition against <see cref="PreviousYear"/> (null: no earlier edition, no checks).</summary>
public sealed record YearOnYearChecks(int Year, int? PreviousYear, IReadOnlyList<YearOnYearCheck> Checks)
{
    public int OpenCount => Checks.Count(c => !c.IsResolved);
}

/// <summary>The keys of the year-on-year checks, as stored in <see cref="DataCheckResolution.CheckKey"/>.</summary>
public static class YearOnYearCheckKeys
{
    public const string FteChange = "fte_change";
    public const string RevenueChange = "revenue_change";
    public const string LocationsChange = "locations_change";
    public const string FoundedYear = "founded_year";
    public const string LegalForm = "legal_form";
    public const string NotAnsweredThisYear = "not_answered";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(
        [FteChange, RevenueChange, LocationsChange, FoundedYear, LegalForm, NotAnsweredThisYear]);
}
