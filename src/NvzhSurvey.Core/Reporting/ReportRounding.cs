namespace NvzhSurvey.Core.Reporting;

/// <summary>The publication's rounding: whole percents half away from zero, FTE to two decimals, euros whole,
/// average selections to one decimal.</summary>
public static class ReportRounding
{
    public static int Percent(int count, int of) =>
        of == 0 ? 0 : (int)Math.Round(100m * count / of, 0, MidpointRounding.AwayFromZero);

    public static decimal Average(decimal total, int of, int decimals) =>
        of == 0 ? 0 : Math.Round(total / of, decimals, MidpointRounding.AwayFromZero);
}
