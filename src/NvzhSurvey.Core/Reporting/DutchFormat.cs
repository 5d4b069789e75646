using System.Globalization;

namespace NvzhSurvey.Core.Reporting;

/// <summary>Numbers for people, in the publication's nl-NL style: "240,56", "€ 23.463.188", "88%", "2,2".</summary>
public static class DutchFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    public static string Percent(int percent) => percent.ToString(Culture) + "%";

    public static string Euro(decimal amount) => "€ " + amount.ToString("#,##0", Culture);

    public static string Decimal(decimal value, int decimals) =>
        decimals == 0 ? Integer(value) : value.ToString("#,##0." + new string('0', decimals), Culture);

    public static string Integer(decimal value) => value.ToString("#,##0", Culture);

    /// <summary>"22 ZHO's (88%)" and "1 ZHO (4%)".</summary>
    public static string Organisations(int count) => count == 1 ? "1 ZHO" : $"{count.ToString(Culture)} ZHO's";

    /// <summary>Signed change: "+4", "−2", "0".</summary>
    public static string Change(decimal change, int decimals = 0) =>
        change > 0 ? "+" + Decimal(change, decimals) : change < 0 ? "−" + Decimal(-change, decimals) : "0";
}
