namespace NvzhSurvey.Web.Tests.Authorization;

/// <summary>
/// THE table of who may open what. Add a row for every new page or API endpoint:
/// <c>Row(url, anonymous, member, board, staff, admin, readToken, fullToken)</c>.
/// URL placeholders: {ownOrganisation}, {otherOrganisation} (ids), {ownOrganisationKey}, {otherOrganisationKey} (keys), {ownLocation}, {otherLocation}, {closedYear}, {openYear}
/// (the member is lid@demo-01.example; "other" is demo-02). Pages use the cookie only, so API tokens get the login
/// redirect there. Forbidden pages answer 302 to /Account/AccessDenied (or 403/404); the API answers 401/403.
/// </summary>
public static class AuthorizationMatrix
{
    public sealed record Row(string Url, Access Anonymous, Access Member, Access Board, Access Staff, Access Admin, Access ReadToken, Access FullToken, string Method = "GET")
    {
        public override string ToString() => $"{Method} {Url}";
    }

    private static readonly Access A = Access.Allowed;
    private static readonly Access L = Access.Login;
    private static readonly Access D = Access.Denied;
    private static readonly Access U = Access.Unauthorized;
    private static readonly Access N = Access.NotFound;

    public static readonly IReadOnlyList<Row> Rows =
    [
        //                                                 anonymous member board staff admin readToken fullToken
        // Foundation
        new("/",                                              L, Access.Redirect("/mijn-organisatie"), Access.Redirect("/edities"), A, A, L, L),
        new("/health",                                        A, A, A, A, A, A, A),
        new("/Account/Login",                                 A, A, A, A, A, A, A),
        new("/Account/AccessDenied",                          A, A, A, A, A, A, A),
        // Accounts (issue 6)
        new("/Account/ForgotPassword",                        A, A, A, A, A, A, A),
        new("/Account/ResetPassword",                         A, A, A, A, A, A, A),
        new("/Account/Invitation?token=inv_x",                A, A, A, A, A, A, A),
        new("/beheer/gebruikers",                             L, D, D, D, A, L, L),
        new("/beheer/api-tokens",                             L, D, D, D, A, L, L),
        new("/beheer/beveiligingslog",                        L, D, D, D, A, L, L),
        // The yearly cycle by e-mail (issue 18)
        new("/beheer/verzonden-email",                        L, D, D, D, A, L, L),
        new("/edities/{openYear}/email",                      L, D, D, A, A, L, L),
        new("/edities/{closedYear}/email",                    L, D, D, A, A, L, L),
        new("/organisaties/{ownOrganisation}/uitnodigen",     L, D, D, A, A, L, L),
        new("/organisaties/{otherOrganisation}/uitnodigen",   L, D, D, A, A, L, L),
        new("/organisaties/999999/uitnodigen",                L, D, D, N, N, L, L),
        new("/mijn-organisatie",                              L, A, D, D, D, L, L),
        new("/mijn-organisatie/locaties/nieuw",               L, A, D, D, D, L, L),
        new("/mijn-organisatie/locaties/{ownLocation}",       L, A, D, D, D, L, L),
        new("/mijn-organisatie/locaties/{otherLocation}",     L, N, D, D, D, L, L),
        new("/mijn-organisatie/antwoorden/{closedYear}",      L, A, D, D, D, L, L),
        new("/mijn-organisatie/antwoorden/{openYear}",        L, N, D, D, D, L, L),
        new("/api/v1/me",                                     U, D, A, A, A, A, A),
        new("/mijn-organisatie/vragenlijst",                  L, A, D, D, D, L, L),
        // Editions (issue 13): members read what the association published (report page and PDF), nothing unpublished
        new("/mijn-organisatie/publicaties/{closedYear}",     L, A, D, D, D, L, L),
        new("/mijn-organisatie/publicaties/{closedYear}/publicatie.pdf", L, A, D, D, D, L, L),
        new("/mijn-organisatie/publicaties/{openYear}/publicatie.pdf",   L, N, D, D, D, L, L),
        // Identity (issue 11): two-factor sign-in
        new("/Account/TwoFactor",                             L, A, A, A, A, L, L),
        new("/Account/LoginWith2fa",                          A, A, A, A, A, A, A),
        new("/Account/LoginWithRecoveryCode",                 A, A, A, A, A, A, A),
        // Staff intake (issue 3)
        new("/organisaties",                                  L, D, D, A, A, L, L),
        new("/organisaties/nieuw",                            L, D, D, A, A, L, L),
        new("/organisaties/{ownOrganisation}",                L, D, D, A, A, L, L),
        new("/organisaties/{otherOrganisation}",              L, D, D, A, A, L, L),
        new("/edities",                                       L, D, A, A, A, L, L),
        new("/edities/{openYear}",                            L, D, A, A, A, L, L),
        new("/edities/{openYear}/vragenlijst",                L, D, D, A, A, L, L),
        new("/edities/{openYear}/interviews/{ownOrganisation}",   L, D, D, A, A, L, L),
        new("/edities/{openYear}/interviews/{otherOrganisation}", L, D, D, A, A, L, L),
        // Reporting (issue 4): board and staff; never members
        new("/edities/{closedYear}/rapport",                  L, D, A, A, A, L, L),
        new("/edities/{openYear}/rapport",                    L, D, A, A, A, L, L),
        // Publication (issue 5)
        new("/edities/{closedYear}/publicatie",               L, D, A, A, A, L, L),
        new("/edities/{openYear}/teksten",                    L, D, D, A, A, L, L),
        new("/api/v1/editions/{closedYear}/publication.pdf",  U, D, A, A, A, A, A),
        new("/api/v1/editions/1999/publication.pdf",          U, D, N, N, N, N, N),
        // Narrative texts over the API (issue 11): Full tokens and staff; a PUT without a JSON body reaches the handler (415)
        new("/api/v1/editions/{openYear}/texts/introduction", U, D, D, A, A, D, A),
        new("/api/v1/editions/{openYear}/texts/introduction", U, D, D, Access.UnsupportedBody, Access.UnsupportedBody, D, Access.UnsupportedBody, Method: "PUT"),
        // Brochure (issue 15): branding by administrators; the public web edition is anonymous but only for a
        // published edition with its public page switched on
        new("/beheer/huisstijl",                              L, D, D, D, A, L, L),
        // (the demo's 2024 is published with its public page on: everyone; the open 2025: nobody)
        new("/publicaties/{closedYear}",                      A, A, A, A, A, A, A),
        new("/publicaties/{closedYear}/publicatie.pdf",       A, A, A, A, A, A, A),
        new("/publicaties/{closedYear}/cijfers.csv",          A, A, A, A, A, A, A),
        new("/publicaties/{closedYear}/cijfers.json",         A, A, A, A, A, A, A),
        new("/publicaties/{openYear}",                        N, N, N, N, N, N, N),
        new("/publicaties/1999",                              N, N, N, N, N, N, N),
        // API and data exchange (issue 7): reads without organisation data for ReadReports tokens; answers only with Full
        new("/edities/{openYear}/uitwisseling",               L, D, D, A, A, L, L),
        new("/api/v1/editions",                               U, D, A, A, A, A, A),
        new("/api/v1/editions/{closedYear}/questionnaire",    U, D, A, A, A, A, A),
        new("/api/v1/editions/{closedYear}/report",           U, D, A, A, A, A, A),
        new("/api/v1/editions/{closedYear}/responses",        U, D, D, A, A, D, A),
        new("/api/v1/editions/{closedYear}/responses.csv",    U, D, D, A, A, D, A),
        new("/api/v1/editions/{closedYear}/responses.xlsx",   U, D, D, A, A, D, A),
        // Editions (issue 13): status changes by staff and Full tokens only; without a JSON body the handler answers 415
        new("/api/v1/editions/{openYear}/status",             U, D, D, Access.UnsupportedBody, Access.UnsupportedBody, D, Access.UnsupportedBody, Method: "POST"),
        // Benchmarks (issue 14): a member only its own organisation's (none in the URL) of a published edition; staff and
        // Full tokens any participant's; never the board or read-only tokens
        new("/mijn-organisatie/vergelijking/{closedYear}",    L, A, D, D, D, L, L),
        new("/mijn-organisatie/vergelijking/{openYear}",      L, N, D, D, D, L, L),
        new("/mijn-organisatie/vergelijking/{closedYear}/pdf", L, A, D, D, D, L, L),
        new("/edities/{closedYear}/vergelijkingen/{ownOrganisationKey}",       L, D, D, A, A, L, L),
        new("/edities/{closedYear}/vergelijkingen/{otherOrganisationKey}/pdf", L, D, D, A, A, L, L),
        new("/edities/{closedYear}/vergelijkingen-zip/00000000-0000-0000-0000-000000000001", L, D, D, N, N, L, L),
        new("/api/v1/editions/{closedYear}/benchmarks/{ownOrganisationKey}",   U, D, D, A, A, D, A),
        new("/api/v1/editions/{closedYear}/benchmarks/{otherOrganisationKey}", U, D, D, A, A, D, A),
        new("/api/v1/editions/{closedYear}/benchmarks/bestaat-niet",           U, D, D, N, N, D, N),
    ];
}
