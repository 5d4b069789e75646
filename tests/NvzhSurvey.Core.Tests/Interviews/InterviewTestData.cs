using NvzhSurvey.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Cycle;
using NvzhSurvey.Core.Mail;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Interviews;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Tests.Interviews;

/// <summary>Services wired against the test database, and a new organisation with locations to interview.</summary>
internal sealed class InterviewTestData(IDbContextFactory<SurveyDbContext> factory, ICurrentActor actor)
{
    public InterviewLoader Loader { get; } = new(factory);
    public InterviewWriter Writer { get; } = new(factory, actor, TimeProvider.System);
    public InterviewPrefill Prefill { get; } = new(factory, actor, TimeProvider.System);
    public InterviewStatusChanger Status =>
        new(factory, Loader, actor, TimeProvider.System, new SubmissionMails(new TestLinks(), TimeProvider.System));

    /// <summary>Mail links as the app builds them from its configured public address.</summary>
    private sealed class TestLinks : IPublicLinks
    {
        public string Absolute(string relative) => "http://localhost:5080/" + relative.TrimStart('/');
    }

    public sealed class Staff(string name = "medewerker@nvzh.example", string? displayName = null) : ICurrentActor
    {
        public string? UserId => "staff-1";
        public string? UserName => name;
        public string? DisplayName => displayName ?? name;
    }

    /// <summary>An organisation with two active locations and one closed one.</summary>
    public static async Task<Organisation> NewOrganisationAsync(SurveyDbContext db)
    {
        var organisation = new Organisation
        {
            Key = "proef",
            Name = "Stichting Proef",
            City = "Lindehoven",
            Locations =
            [
                new Location { Name = "Huiskamer Noord", City = "Lindehoven", Province = Province.Utrecht, DaypartsPerWeek = 8 },
                new Location { Name = "Inloop Zuid", City = "Zuiderwold", Province = Province.Gelderland, DaypartsPerWeek = 4 },
                new Location { Name = "Oude locatie", City = "Lindehoven", IsActive = false, ClosedOn = new DateOnly(2023, 1, 1) },
            ],
        };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    }

    /// <summary>A valid answer to every answerable question of a form.</summary>
    public static List<QuestionAnswer> FullAnswers(InterviewFormModel form) => form.Questions
        .Where(q => q.Kind != QuestionKind.LocationCount)
        .Select(q => q.Kind switch
        {
            QuestionKind.SingleChoice or QuestionKind.MultipleChoice => QuestionAnswer.Options(q.Id, q.Options[0].Id),
            QuestionKind.IntegerBuckets => QuestionAnswer.Number(q.Id, "5"),
            QuestionKind.FoundedYearBuckets or QuestionKind.Year => QuestionAnswer.Number(q.Id, "2010"),
            QuestionKind.Money => QuestionAnswer.Number(q.Id, "938.528"),
            QuestionKind.Decimal => QuestionAnswer.Number(q.Id, "9,62"),
            QuestionKind.Integer => QuestionAnswer.Number(q.Id, "3"),
            _ => QuestionAnswer.Number(q.Id, "tekst"),
        })
        .ToList();
}
