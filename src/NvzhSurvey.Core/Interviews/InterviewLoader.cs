using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Interviews;

/// <summary>Builds the <see cref="InterviewFormModel"/> of one organisation in one edition.</summary>
public sealed class InterviewLoader(IDbContextFactory<SurveyDbContext> dbFactory)
{
    /// <returns>Null when the edition or the organisation does not exist.</returns>
    public async Task<InterviewFormModel?> LoadAsync(EditionYear editionYear, int organisationId, CancellationToken ct = default)
    {
        var year = editionYear.Value;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var edition = await db.Editions.AsNoTracking().AsSplitQuery()
            .Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Options)
            .Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.TextLists)
            // A local int: EF translates a comparison with a plain value, not with the struct.
            .SingleOrDefaultAsync(e => e.Year == year, ct);
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Locations)
            .SingleOrDefaultAsync(o => o.Id == organisationId, ct);
        if (edition is null || organisation is null)
        {
            return null;
        }

        var response = await db.Responses.AsNoTracking().AsSplitQuery()
            .Include(r => r.Answers).Include(r => r.FreeTexts).Include(r => r.Locations).Include(r => r.SectionStates)
            .SingleOrDefaultAsync(r => r.EditionId == edition.Id && r.OrganisationId == organisationId, ct);

        var form = new InterviewFormModel
        {
            EditionId = edition.Id,
            EditionYear = edition.Year,
            AcceptsAnswers = edition.AcceptsAnswers,
            OrganisationId = organisation.Id,
            OrganisationName = organisation.Name,
            ResponseId = response?.Id,
            Status = response?.Status ?? ResponseStatus.NotStarted,
            Version = response?.Version,
            InterviewDate = response?.InterviewDate,
            Interviewer = response?.Interviewer,
            InternalNotes = response?.InternalNotes,
            SubmittedAt = response?.SubmittedAt,
            CompletedAt = response?.CompletedAt,
            LastChangedAt = response?.LastChangedAt,
            LastChangedBy = response?.LastChangedBy,
            Sections = edition.Sections.OrderBy(s => s.Order)
                .Select(s => ToSection(s, response))
                .Where(s => s.Questions.Count > 0)
                .ToList(),
            Locations = Locations(organisation, response),
        };

        if (response is null)
        {
            OrganisationFacts.FillForm(form.Sections.SelectMany(s => s.Questions), organisation, edition.Year);
        }

        if (response is { Status: ResponseStatus.SubmittedByMember or ResponseStatus.Completed })
        {
            form.ChangeRequest = await ChangeRequests.LatestAsync(db, response.Id, response.SubmittedAt, ct);
        }

        if (response is null || response.Answers.Count == 0)
        {
            form.PrefillYear = await InterviewPrefill.PreviousYearWithAnswersAsync(db, edition.Year, organisationId, ct);
        }

        return form;
    }

    private static SectionFormModel ToSection(Section section, Response? response)
    {
        var answers = response?.Answers ?? [];
        var texts = response?.FreeTexts ?? [];
        return new SectionFormModel
        {
            Id = section.Id,
            Key = section.Key,
            Title = section.Title,
            AwaitingConfirmation = response?.SectionStates.Any(s => s.SectionId == section.Id && s.AwaitingConfirmation) ?? false,
            Questions = section.Questions
                .Where(q => !q.IsRetired || answers.Any(a => a.QuestionId == q.Id))
                .OrderBy(q => q.Order)
                .Select(q => ToQuestion(q, answers.Where(a => a.QuestionId == q.Id).ToList(), texts.Where(t => t.QuestionId == q.Id).ToList()))
                .ToList(),
        };
    }

    private static QuestionFormModel ToQuestion(Question question, List<Answer> answers, List<FreeText> texts)
    {
        var value = answers.FirstOrDefault(a => a.OptionId is null);
        return new QuestionFormModel
        {
            Id = question.Id,
            Key = question.Key,
            Kind = question.Kind,
            Label = question.Label,
            Wording = question.Wording,
            HelpText = question.HelpText,
            IsRequired = question.IsRequired && !question.IsRetired,
            MinValue = question.MinValue,
            MaxValue = question.MaxValue,
            SelectedOptionIds = answers.Where(a => a.OptionId is not null).Select(a => a.OptionId!.Value).ToHashSet(),
            NoneOfThese = question.Kind == QuestionKind.MultipleChoice && answers.Any(a => a.IsNoneOfThese),
            Value = value?.TextValue ?? FormatNumber(question.Kind, value?.NumberValue),
            Options = question.Options
                .Where(o => !o.IsRetired || answers.Any(a => a.OptionId == o.Id))
                .OrderBy(o => o.Order)
                .Select(o => new OptionFormModel
                {
                    Id = o.Id,
                    Key = o.Key,
                    Label = o.Label,
                    IsRetired = o.IsRetired,
                    MinValue = o.MinValue,
                    MaxValue = o.MaxValue,
                    DetailsTitle = o.DetailsTitle,
                    DetailText = Join(texts.Where(t => t.OptionId == o.Id)),
                })
                .ToList(),
            TextLists = question.TextLists.OrderBy(t => t.Order)
                .Select(t => new TextListFormModel
                {
                    Key = t.Key,
                    Title = t.Title,
                    Text = Join(texts.Where(x => x.ListKey == t.Key && x.OptionId is null)),
                })
                .ToList(),
        };
    }

    private static List<LocationChoice> Locations(Organisation organisation, Response? response)
    {
        var snapshot = response?.Locations ?? [];
        var choices = organisation.Locations
            .Where(l => l.IsActive || snapshot.Any(s => s.LocationId == l.Id))
            .OrderBy(l => l.Name)
            .Select(l => new LocationChoice
            {
                LocationId = l.Id,
                Name = l.Name,
                City = l.City,
                ProvinceName = l.Province?.DisplayName(),
                IsActive = l.IsActive,
                // A response not yet started counts every active location (the proposal); afterwards the snapshot decides.
                Counted = response is null ? l.IsActive : snapshot.Any(s => s.LocationId == l.Id),
            })
            .ToList();
        choices.AddRange(snapshot.Where(s => s.LocationId is null).Select(s => new LocationChoice
        {
            Name = s.Name,
            City = s.City,
            ProvinceName = s.Province?.DisplayName(),
            Counted = true,
        }));
        return choices;
    }

    private static string? Join(IEnumerable<FreeText> texts)
    {
        var lines = texts.OrderBy(t => t.Order).Select(t => t.Text).ToList();
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    /// <summary>Numbers as a Dutch person types them: "9,62", "938.528", "2010".</summary>
    public static string? FormatNumber(QuestionKind kind, decimal? value) => value switch
    {
        null => null,
        _ when kind == QuestionKind.Decimal => value.Value.ToString("0.##", Dutch),
        _ when kind == QuestionKind.Money => value.Value.ToString("#,##0", Dutch),
        _ => value.Value.ToString("0", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static readonly System.Globalization.CultureInfo Dutch = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");
}
