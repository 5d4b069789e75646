using NvzhSurvey.Core.Cycle;

namespace NvzhSurvey.Web.Features.Mail;

/// <summary>The filters of the progress table, with their Dutch labels.</summary>
public enum CycleFilter
{
    All,
    NotInvited,
    Waiting,
    Overdue,
    Submitted,
    InterviewPlanned,
    Completed,
}

public static class CycleFilters
{
    public static string Dutch(CycleFilter filter) => filter switch
    {
        CycleFilter.All => "Alle leden",
        CycleFilter.NotInvited => "Niet uitgenodigd",
        CycleFilter.Waiting => "Nog niet ingediend",
        CycleFilter.Overdue => "Te laat",
        CycleFilter.Submitted => "Ingediend",
        CycleFilter.InterviewPlanned => "Interview gepland",
        CycleFilter.Completed => "Afgerond",
        _ => filter.ToString(),
    };

    public static bool Matches(CycleFilter filter, CycleProgressRow row) => filter switch
    {
        CycleFilter.NotInvited => !row.Invited,
        CycleFilter.Waiting => !row.Submitted,
        CycleFilter.Overdue => row.Overdue,
        CycleFilter.Submitted => row.Submitted,
        CycleFilter.InterviewPlanned => row.InterviewPlanned,
        CycleFilter.Completed => row.Completed,
        _ => true,
    };

    public static int Count(CycleFilter filter, CycleProgressTable table) => table.Rows.Count(row => Matches(filter, row));
}
