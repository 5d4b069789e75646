namespace NvzhSurvey.Core.Accounts;

/// <summary>
/// The four roles. Names are Dutch because administrators see them. Pages and endpoints never name roles: they use the
/// policies of the web app (<c>Policies</c>), which are defined in terms of these.
/// </summary>
public static class Roles
{
    public const string Administrator = "Beheerder";
    public const string Staff = "Medewerker";
    public const string Board = "Bestuur";
    public const string Member = "Lid";

    public static readonly IReadOnlyList<string> All = [Administrator, Staff, Board, Member];
}
