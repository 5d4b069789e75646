using NvzhSurvey.Core.Organisations;

namespace NvzhSurvey.Core.Demo;

/// <summary>
/// Fictional organisations for the demo data set: invented names and invented cities, so that no invented
/// answer is ever attached to a real organisation. The order matters: the first 22 reach a broad group,
/// the next two people with eating problems, the last one relatives.
/// </summary>
internal static class DemoOrganisations
{
    public sealed record DemoOrganisation(string Name, string City, Province Province);

    public static readonly IReadOnlyList<DemoOrganisation> All =
    [
        new("Herstelhuis De Lindeboom", "Lindehoven", Province.Gelderland),
        new("Zelfregiecentrum Het Baken", "Westerkamp", Province.NoordHolland),
        new("Stichting Open Deur", "Zuiderwold", Province.Groningen),
        new("Ontmoetingshuis De Wilgen", "Oostermeer", Province.Friesland),
        new("Herstelwerkplaats Nieuwe Wegen", "Brakelveen", Province.ZuidHolland),
        new("De Vrijplaats", "Heerenbroek", Province.Overijssel),
        new("Stichting Samen Verder", "Kraaiendal", Province.NoordBrabant),
        new("Zelfregie Kompas", "Veenhorst", Province.Utrecht),
        new("Inloophuis Het Anker", "Duinstede", Province.Zeeland),
        new("Herstelacademie De Brug", "Rivierhoven", Province.Limburg),
        new("Huiskamer De Steiger", "Eikenrode", Province.Flevoland),
        new("Stichting Eigen Kracht", "Noordervaart", Province.Groningen),
        new("Steunpunt De Ontmoeting", "Beekhorst", Province.Gelderland),
        new("Zelfhulpnetwerk De Kring", "Linderveld", Province.Overijssel),
        new("Herstelcafé Lichtpunt", "Hoogewaard", Province.ZuidHolland),
        new("Stichting Tussenruimte", "Meerkerkveen", Province.Utrecht),
        new("Ervaringshuis De Horizon", "Zandhoven", Province.NoordBrabant),
        new("Ontmoetingscentrum Het Knooppunt", "Polderwijk", Province.NoordHolland),
        new("Stichting Zelf Aan Zet", "Kanaalstede", Province.Limburg),
        new("Herstelplaats De Bron", "Bosschendam", Province.Friesland),
        new("Inloop De Zonnebloem", "Heidewolde", Province.Flevoland),
        new("Stichting Nieuw Perspectief", "Dijkhaven", Province.Zeeland),
        new("Herstelnetwerk Voeding & Balans", "Weidebeek", Province.Utrecht),
        new("Stichting Eetkracht", "Kreekdorp", Province.ZuidHolland),
        new("Naastenhuis De Schakel", "Lindendaal", Province.Gelderland),
    ];

    public static readonly IReadOnlyList<string> Districts =
    [
        "Centrum", "Noord", "Zuid", "Oost", "West", "De Hoven", "Stationsbuurt", "Het Veld", "Molenwijk",
        "Havenkwartier", "De Akkers", "Kerkbuurt", "Parkwijk", "Bloemenbuurt", "Het Broek", "De Weiden",
        "Vogelwijk", "Schildersbuurt", "Waterkant", "De Esch", "Boschveld", "Dorp", "Heuvelrug", "De Meent",
    ];

    public static readonly IReadOnlyList<string> Streets =
    [
        "Lindelaan", "Kerkstraat", "Molenweg", "Dorpsstraat", "Stationsplein", "Schoolstraat", "Parkweg",
        "Havenkade", "Beukenlaan", "Wilhelminastraat",
    ];

    public static readonly IReadOnlyList<string> Quotes =
    [
        "Hier ben je eerst mens, en niet je diagnose.",
        "Bezoekers worden vrijwilliger, en vrijwilligers worden collega's: dat is onze groeivijver.",
        "We bestaan omdat mensen elkaar hier iets te bieden hebben.",
        "De inloop is de voordeur; wat daarachter gebeurt, maken de bezoekers zelf.",
        "Eenjarige subsidies maken het lastig om vooruit te kijken, maar de beweging groeit.",
        "Ervaringskennis is hier de basis van alles wat we doen.",
    ];
}
