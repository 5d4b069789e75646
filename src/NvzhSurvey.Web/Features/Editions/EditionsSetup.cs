using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Editions.Membership;
using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Web.Features.Editions;

public static class EditionsSetup
{
    /// <summary>Editions: the list and state machine, member lists, the per-organisation overview, texts and the questionnaire editor.</summary>
    public static IServiceCollection AddEditions(this IServiceCollection services)
    {
        services.AddScoped<EditionService>();
        services.AddScoped<EditionOverview>();
        services.AddScoped<EditionTotalsLoader>();
        services.AddScoped<EditionTextsLoader>();
        services.AddScoped<EditionMembershipService>();
        services.AddScoped<EditionMemberList>();
        services.AddScoped<QuestionnaireEditor>();
        services.AddScoped<BucketEditor>();
        return services;
    }
}
