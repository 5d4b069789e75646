using NvzhSurvey.Core.Time;

namespace NvzhSurvey.Core.Cycle;

/// <summary>The invitation and reminder text: placeholders {organisatie}, {contactpersoon}, {deadline} and {link}.</summary>
public static class CycleTemplate
{
    public static readonly IReadOnlyList<string> Placeholders = ["{organisatie}", "{contactpersoon}", "{deadline}", "{link}"];

    public static string DefaultSubject(int year) => $"Uitnodiging ledenonderzoek NVZH {year}";

    public const string DefaultBody = """
        Beste {contactpersoon},

        Het ledenonderzoek van de NVZH is begonnen. Wilt u voor {organisatie}:
        - het profiel en de locaties controleren,
        - de vragenlijst invullen of nalopen en indienen,
        - een datum voor het interview voorstellen?

        Wij ontvangen uw antwoorden graag uiterlijk {deadline}.

        U vindt alles op {link}

        Met vriendelijke groet,
        NVZH
        """;

    public const string ReminderPrefix = "Herinnering: ";

    public static string ReminderIntro => "Wij hebben uw antwoorden nog niet ontvangen. Deze herinnering stopt vanzelf zodra u de vragenlijst heeft ingediend.";

    public static string Render(string template, CycleRecipient recipient, DateOnly? deadline, string link) => template
        .Replace("{organisatie}", recipient.OrganisationName, StringComparison.Ordinal)
        .Replace("{contactpersoon}", recipient.ContactName, StringComparison.Ordinal)
        .Replace("{deadline}", FormatDeadline(deadline), StringComparison.Ordinal)
        .Replace("{link}", link, StringComparison.Ordinal);

    public static string FormatDeadline(DateOnly? deadline) =>
        deadline is { } d ? DutchTime.FormatLongDate(d) : "de afgesproken datum";

    /// <summary>The placeholders in the text that are not one of <see cref="Placeholders"/> (typing errors).</summary>
    public static IReadOnlyList<string> UnknownPlaceholders(string template) =>
        System.Text.RegularExpressions.Regex.Matches(template, @"\{[^{}\s]*\}").Select(m => m.Value)
            .Where(p => !Placeholders.Contains(p)).Distinct().ToList();
}
