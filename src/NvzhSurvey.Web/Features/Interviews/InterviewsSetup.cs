using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Cycle;
using NvzhSurvey.Core.Interviews;

namespace NvzhSurvey.Web.Features.Interviews;

public static class InterviewsSetup
{
    /// <summary>
    /// The interview form (staff, and members in the portal): loading, autosave, prefill, status changes with the mails
    /// they queue on "Indienen" (<see cref="SubmissionMails"/>), history and change requests.
    /// </summary>
    public static IServiceCollection AddInterviews(this IServiceCollection services)
    {
        services.AddScoped<InterviewLoader>();
        services.AddScoped<InterviewWriter>();
        services.AddScoped<InterviewPrefill>();
        services.AddScoped<InterviewStatusChanger>();
        services.AddScoped<SubmissionMails>();
        services.AddScoped<InterviewHistory>();
        services.AddScoped<ChangeRequests>();
        services.AddScoped<DisplayNames>();
        return services;
    }
}
