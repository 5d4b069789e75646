namespace NvzhSurvey.Web.Features.MemberPortal;

public static class PortalRoutes
{
    public const string Home = "/mijn-organisatie";
    public const string NewLocation = "/mijn-organisatie/locaties/nieuw";

    /// <summary>The member's questionnaire of the open edition: the shared interview form in member mode.</summary>
    public const string Questionnaire = "/mijn-organisatie/vragenlijst";

    public static string Location(int id) => $"/mijn-organisatie/locaties/{id}";
    public static string Answers(int year) => $"/mijn-organisatie/antwoorden/{year}";

    /// <summary>A published edition for members: its report page and PDF (aggregates only).</summary>
    public static string Report(int year) => $"/mijn-organisatie/publicaties/{year}";
    public static string Pdf(int year) => $"/mijn-organisatie/publicaties/{year}/publicatie.pdf";
}
