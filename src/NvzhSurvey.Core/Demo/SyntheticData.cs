using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Demo;

/// <summary>
/// Random but seeded organisations with locations and completed responses to every question of an edition, for
/// property tests and benchmarks (not for the demo: its answers follow the published figures).
/// </summary>
public static class SyntheticData
{
    public static (List<Organisation> Organisations, List<Response> Responses) Create(Edition edition, int count, int seed, string keyPrefix = "syn")
    {
        var random = new Random(seed);
        var questions = edition.Sections.SelectMany(s => s.Questions).ToList();
        var organisations = new List<Organisation>(count);
        var responses = new List<Response>(count);
        for (var i = 0; i < count; i++)
        {
            var locationCount = random.Next(0, 10) == 0 ? 0 : 1 + random.Next(0, random.Next(1, 8));
            var organisation = new Organisation
            {
                Key = $"{keyPrefix}-{seed}-{i:00000}",
                Name = $"Synthetische organisatie {i + 1}",
                City = $"Plaats {random.Next(1, 200)}",
                Locations = Enumerable.Range(0, locationCount)
                    .Select(j => new Location { Name = $"Locatie {j + 1}", Province = (Province)random.Next(1, 13) }).ToList(),
            };
            var response = new Response
            {
                Edition = edition,
                EditionId = edition.Id,
                Organisation = organisation,
                Status = random.Next(0, 8) == 0 ? ResponseStatus.Draft : ResponseStatus.Completed,
                Locations = organisation.Locations.Select(l => new ResponseLocation { Name = l.Name, Province = l.Province }).ToList(),
            };
            foreach (var question in questions)
            {
                Answer(question, response, edition.Year, random);
            }

            organisations.Add(organisation);
            responses.Add(response);
        }

        return (organisations, responses);
    }

    private static void Answer(Question question, Response response, int year, Random random)
    {
        var options = question.Options.Where(o => !o.IsRetired).ToList();
        switch (question.Kind)
        {
            case QuestionKind.SingleChoice:
                response.Answers.Add(new Answer { QuestionId = question.Id, OptionId = options[random.Next(options.Count)].Id });
                break;
            case QuestionKind.MultipleChoice:
                foreach (var option in options.Where(_ => random.Next(0, 2) == 0))
                {
                    response.Answers.Add(new Answer { QuestionId = question.Id, OptionId = option.Id });
                    if (option.HasDetails && random.Next(0, 3) == 0)
                    {
                        response.FreeTexts.Add(new FreeText { QuestionId = question.Id, OptionId = option.Id, Text = $"Toelichting {random.Next(1, 40)}" });
                    }
                }

                break;
            case QuestionKind.IntegerBuckets:
                // Within the buckets (the question's own limits are wider: a value outside every bucket is allowed, but
                // reported by the data checks instead of counted).
                var lowest = question.Options.Min(o => o.MinValue) ?? (int)(question.MinValue ?? 1);
                var highest = question.Options.Any(o => o.MaxValue is null) ? lowest + 10 : question.Options.Max(o => o.MaxValue)!.Value;
                response.Answers.Add(new Answer { QuestionId = question.Id, NumberValue = random.Next(lowest, highest + 1) });
                break;
            case QuestionKind.FoundedYearBuckets or QuestionKind.Year:
                response.Answers.Add(new Answer { QuestionId = question.Id, NumberValue = random.Next(1960, year + 1) });
                break;
            case QuestionKind.Decimal:
                if (random.Next(0, 20) > 0)
                {
                    response.Answers.Add(new Answer { QuestionId = question.Id, NumberValue = Math.Round((decimal)random.NextDouble() * 40, 2) });
                }

                break;
            case QuestionKind.Money or QuestionKind.Integer:
                if (random.Next(0, 20) > 0)
                {
                    response.Answers.Add(new Answer { QuestionId = question.Id, NumberValue = random.Next(0, 3_000_000) });
                }

                break;
        }

        foreach (var list in question.TextLists.Where(_ => random.Next(0, 4) == 0))
        {
            response.FreeTexts.Add(new FreeText { QuestionId = question.Id, ListKey = list.Key, Text = $"Genoemd {random.Next(1, 60)}" });
        }
    }
}
