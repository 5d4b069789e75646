namespace NvzhSurvey.Core.Accounts;

/// <summary>The four roles. Names are Dutch because administrators see them.</summary>
public static class Roles
{
    public const string Administrator = "Beheerder";
    public const string Staff = "Medewerker";
    public const string Board = "Bestuur";
    public const string Member = "Lid";

    public static readonly IReadOnlyList<string> All = [Administrator, Staff, Board, Member];

    /// <summary>Comma-separated role lists for [Authorize(Roles = ...)].</summary>
    public const string StaffOrAdmin = Administrator + "," + Staff;
    public const string ReportReaders = Administrator + "," + Staff + "," + Board;
}
