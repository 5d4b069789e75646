namespace NvzhSurvey.Web.Features.Accounts.Portal;

public static class PortalRoutes
{
    public const string Home = "/mijn-organisatie";
    public const string NewLocation = "/mijn-organisatie/locaties/nieuw";

    /// <summary>
    /// The member's questionnaire of the open edition. NOT built here: it reuses the interview form of issue 3
    /// (branch feature/intake). When that shared component is on main, add a page at this route that renders it for
    /// the member's own organisation (MemberContext), and enable the link on the portal's questionnaire card.
    /// </summary>
    public const string Questionnaire = "/mijn-organisatie/vragenlijst";

    public static string Location(int id) => $"/mijn-organisatie/locaties/{id}";
    public static string Answers(int year) => $"/mijn-organisatie/antwoorden/{year}";
}
