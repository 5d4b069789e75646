using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Interviews;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Web.Features.Interviews;

public static class IntakeSetup
{
    /// <summary>Services of the staff intake: interviews, organisations, editions and the questionnaire editor.</summary>
    public static IServiceCollection AddSurveyIntake(this IServiceCollection services)
    {
        services.AddScoped<InterviewLoader>();
        services.AddScoped<InterviewWriter>();
        services.AddScoped<InterviewPrefill>();
        services.AddScoped<InterviewStatusChanger>();
        services.AddScoped<InterviewHistory>();
        services.AddScoped<ChangeRequests>();
        services.AddScoped<DisplayNames>();
        services.AddScoped<OrganisationService>();
        services.AddScoped<OrganisationHistory>();
        services.AddScoped<EditionService>();
        services.AddScoped<EditionOverview>();
        services.AddScoped<EditionTextsLoader>();
        services.AddScoped<NvzhSurvey.Core.Editions.Membership.EditionMembershipService>();
        services.AddScoped<NvzhSurvey.Core.Editions.Membership.EditionMemberList>();
        services.AddScoped<QuestionnaireEditor>();
        services.AddScoped<BucketEditor>();
        return services;
    }
}
