using System.Globalization;

namespace NvzhSurvey.Core.Questionnaires;

/// <summary>Parses numbers as people type them in the Netherlands: "9,62", "938.528", "€ 1.234", "12.5".</summary>
public static class DutchNumber
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var cleaned = text.Replace("€", "").Replace(",-", "").Replace(" ", "").Replace("\u00a0", "").Trim();
        // "12.5" (one dot, no comma, not three digits after it) is a decimal point, not a thousands separator.
        var dot = cleaned.IndexOf('.');
        if (dot >= 0 && !cleaned.Contains(',') && cleaned.IndexOf('.', dot + 1) < 0 && cleaned.Length - dot - 1 != 3)
        {
            return decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture, out value);
        }

        return decimal.TryParse(cleaned, NumberStyles.Number, Dutch, out value);
    }

    public static int DecimalPlaces(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;

    /// <summary>The number of decimals that matter ("9,50" has one).</summary>
    public static int SignificantDecimalPlaces(decimal value) => DecimalPlaces(value / 1.000000000000000000000000000000000m);
}
