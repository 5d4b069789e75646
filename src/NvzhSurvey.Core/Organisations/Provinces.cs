namespace NvzhSurvey.Core.Organisations;

/// <summary>Dutch display names of <see cref="Province"/> and parsing from them.</summary>
public static class Provinces
{
    private static readonly Dictionary<Province, string> Names = new()
    {
        [Province.Groningen] = "Groningen",
        [Province.Friesland] = "Friesland",
        [Province.Drenthe] = "Drenthe",
        [Province.Overijssel] = "Overijssel",
        [Province.Flevoland] = "Flevoland",
        [Province.Gelderland] = "Gelderland",
        [Province.Utrecht] = "Utrecht",
        [Province.NoordHolland] = "Noord-Holland",
        [Province.ZuidHolland] = "Zuid-Holland",
        [Province.Zeeland] = "Zeeland",
        [Province.NoordBrabant] = "Noord-Brabant",
        [Province.Limburg] = "Limburg",
    };

    public static IReadOnlyCollection<Province> All => Names.Keys;

    public static string DisplayName(this Province province) => Names[province];

    /// <summary>Parses "Noord-Holland", "noord holland", "NoordHolland" or "Fryslân".</summary>
    public static bool TryParse(string? text, out Province province)
    {
        province = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalised = Normalise(text);
        if (normalised == "fryslan")
        {
            province = Province.Friesland;
            return true;
        }

        foreach (var (candidate, name) in Names)
        {
            if (Normalise(name) == normalised || Normalise(candidate.ToString()) == normalised)
            {
                province = candidate;
                return true;
            }
        }

        return false;
    }

    private static string Normalise(string text) =>
        new string(text.ToLowerInvariant().Replace('â', 'a').Where(char.IsLetter).ToArray());
}
