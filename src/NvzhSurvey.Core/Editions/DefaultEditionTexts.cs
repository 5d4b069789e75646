namespace NvzhSurvey.Core.Editions;

/// <summary>
/// The narrative texts of the 2024 publication, with placeholders instead of figures, used for a new
/// database's first edition. Staff edit them per edition; placeholders are filled in from live data
/// (see <c>PublicationPlaceholders</c>): {jaar}, {leden}, {deelnemers}, {deelnemers_procent}, {locaties},
/// {locaties_alle_leden}, {locaties_procent}.
/// </summary>
public static class DefaultEditionTexts
{
    public const string Introduction = "introduction";
    public const string Closing = "closing";

    public static string ChapterKey(string sectionKey) => "chapter:" + sectionKey;

    public static List<EditionText> Create() =>
    [
        new() { Key = Introduction, Markdown = """
            Al sinds de jaren zeventig van de vorige eeuw bestaan er maatschappelijke initiatieven door en voor mensen met psychische kwetsbaarheden. Sinds de oprichting van de Nederlandse Vereniging voor Zelfregie en Herstel (NVZH) in 2021 hebben veel door en voor initiatieven zich verenigd onder de verzamelnaam *zelfregie en herstelorganisaties* (ZHO's).

            In {jaar} vroegen we aan al onze leden of we hen een uitgebreide vragenlijst mochten afnemen. Van de {leden} leden gaven {deelnemers} van hen hier gehoor aan. Samen bieden deze {deelnemers} zelfregie en herstelorganisaties op {locaties} locaties door heel Nederland laagdrempelige mogelijkheden voor zelfregie en herstel. We reisden naar hen af en verzamelden een schat aan informatie. Veel lees- en kijkplezier gewenst!
            """ },
        new() { Key = ChapterKey("people_activities"), Markdown = """
            Voor wie zijn ze er? Wat doen ze? En met wie werken ze samen?

            Alle {deelnemers} zelfregie en herstelorganisaties hebben de vier kenmerkende onderdelen: inloop & ontmoeting, door en voor activiteiten, herstelaanbod en de groeivijver. De verhouding tussen deze onderdelen verschilt per organisatie.
            """ },
        new() { Key = ChapterKey("funding_organisation"), Markdown = """
            Hoe worden de zelfregie en herstelorganisaties gefinancierd? En welke vormen van financiering hebben ze?

            In deze uitgave kijken we naar {deelnemers} van de {leden} zelfregie en herstelorganisaties die in {jaar} lid zijn van de NVZH. Dit is {deelnemers_procent}% van alle leden. Samen hebben zij {locaties} locaties; alle {leden} leden hadden in {jaar} samen {locaties_alle_leden} locaties.
            """ },
        new() { Key = ChapterKey("quality_future"), Markdown = """
            Wat doen zelfregie en herstelorganisaties om de kwaliteit van het vak op peil te houden, te bewaken en te blijven ontwikkelen? Welke plannen hebben ze voor de toekomst, en welke zorgen of uitdagingen?
            """ },
        new() { Key = Closing, Markdown = """
            Zelfregie en herstelorganisaties zijn kansrijke contexten voor inwoners: kansen om je weer gezien, verbonden en van betekenis te voelen als dat vanwege psychische problemen niet meer vanzelfsprekend is.

            Het maken van die kansrijke context door, voor en met de mensen om wie het gaat is een vak. In deze uitgave geven {deelnemers} zelfregie en herstelorganisaties een inkijk daarin. Als NVZH delen we onze kennis graag, op weg naar een landelijk dekkend netwerk in 2030.
            """ },
    ];
}
