using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Demo;

/// <summary>
/// Builds the deterministic synthetic data set: 25 fictional organisations with 118 locations whose completed
/// responses to the given edition reproduce every count, bucket, total and average of the specification.
/// Choices are spread over organisations by seeded shuffles, so the same input always gives the same data.
/// </summary>
internal sealed class DemoDataGenerator(DemoSpecification spec, Edition edition)
{
    private const int Seed = 20240501;
    private readonly Random _random = new(Seed);
    private readonly List<Organisation> _organisations = [];
    private readonly List<Response> _responses = [];

    public (List<Organisation> Organisations, List<Response> Responses) Generate()
    {
        CreateOrganisations();
        var questions = edition.Sections.SelectMany(s => s.Questions).ToDictionary(q => q.Key);
        foreach (var question in questions.Values.OrderBy(q => q.Kind == QuestionKind.IntegerBuckets))
        {
            AnswerQuestion(question, questions);
        }

        return (_organisations, _responses);
    }

    private void CreateOrganisations()
    {
        var demo = DemoOrganisations.All;
        var locationCounts = spec.LocationCounts;
        for (var i = 0; i < demo.Count; i++)
        {
            var organisation = new Organisation
            {
                Key = $"demo-{i + 1:00}",
                Name = demo[i].Name,
                City = demo[i].City,
                Website = $"https://{Slug(demo[i].Name)}.example",
                ContactEmail = $"info@{Slug(demo[i].Name)}.example",
                MemberSince = new DateOnly(2021 + i % 3, 1 + i % 12, 1),
                ConsentToBeNamed = i % 6 != 5,
                ConsentToQuotes = i % 4 == 0,
                Locations = CreateLocations(demo[i], locationCounts[i], i),
            };
            _organisations.Add(organisation);
            _responses.Add(new Response
            {
                Edition = edition,
                Organisation = organisation,
                Status = ResponseStatus.Completed,
                InterviewDate = new DateOnly(spec.Year, 3 + i % 8, 1 + i % 27),
                Interviewer = "Demo-medewerker NVZH",
                CompletedAt = new DateTimeOffset(spec.Year, 11, 1, 12, 0, 0, TimeSpan.Zero),
                Quote = organisation.ConsentToQuotes ? DemoOrganisations.Quotes[i / 4 % DemoOrganisations.Quotes.Count] : null,
                Locations = organisation.Locations
                    .Select(l => new ResponseLocation { Name = l.Name, City = l.City, Province = l.Province })
                    .ToList(),
            });
        }
    }

    private static List<Location> CreateLocations(DemoOrganisations.DemoOrganisation demo, int count, int index) =>
        Enumerable.Range(0, count).Select(j => new Location
        {
            Name = count == 1 ? demo.Name : $"{demo.Name} {DemoOrganisations.Districts[j % DemoOrganisations.Districts.Count]}",
            Street = $"{DemoOrganisations.Streets[(index + j) % DemoOrganisations.Streets.Count]} {1 + (index * 7 + j * 3) % 120}",
            Postcode = $"{9900 - index * 37 - j:0000} {(char)('A' + j % 26)}{(char)('B' + index % 24)}",
            City = demo.City,
            Province = demo.Province,
            DaypartsPerWeek = 1 + (index * 5 + j * 3) % 14,
            Premises = (index + j) % 4 == 3 ? PremisesKind.Hosted : PremisesKind.Own,
            HostedAt = (index + j) % 4 == 3 ? (j % 2 == 0 ? "Bibliotheek" : "Wijkcentrum") : null,
        }).ToList();

    private void AnswerQuestion(Question question, Dictionary<string, Question> questions)
    {
        switch (question.Kind)
        {
            case QuestionKind.SingleChoice:
                AnswerSingleChoice(question);
                break;
            case QuestionKind.MultipleChoice:
                AnswerMultipleChoice(question);
                break;
            case QuestionKind.IntegerBuckets:
                AnswerActivityCount(question, questions["activities"]);
                break;
            case QuestionKind.FoundedYearBuckets:
                AnswerFoundedYear(question);
                break;
            case QuestionKind.Decimal:
                Distribute(question, spec.FteTotal, decimals: 2);
                break;
            case QuestionKind.Money:
                Distribute(question, spec.RevenueTotal, decimals: 0);
                break;
            case QuestionKind.LocationCount:
                break; // answered by the response's location snapshot
            default:
                throw new InvalidOperationException($"The demo data has no answers for question kind {question.Kind}.");
        }

        AddTexts(question);
    }

    private void AnswerSingleChoice(Question question)
    {
        // The target group follows the organisations' names; other single choices are spread by a shuffle.
        var order = question.Key == "target_group" ? Enumerable.Range(0, _responses.Count).ToList() : Shuffled();
        var position = 0;
        foreach (var (optionKey, count) in spec.OptionCounts[question.Key])
        {
            var option = Option(question, optionKey);
            foreach (var index in order.Skip(position).Take(count))
            {
                Select(index, question, option);
                if (question.Key == "legal_form")
                {
                    _organisations[index].LegalForm = optionKey == "part_of" ? LegalForm.PartOf : LegalForm.Independent;
                    _organisations[index].ParentEntityName = optionKey == "part_of" ? "Stichting Regionale Zorggroep (fictief)" : null;
                }
            }

            position += count;
        }
    }

    private void AnswerMultipleChoice(Question question)
    {
        foreach (var (optionKey, count) in spec.OptionCounts[question.Key])
        {
            var option = Option(question, optionKey);
            foreach (var index in Shuffled().Take(count))
            {
                Select(index, question, option);
            }
        }

        // An organisation that chose none of the options answered "geen van deze" (the interview asked it).
        foreach (var response in _responses.Where(r => r.Answers.All(a => a.QuestionId != question.Id)))
        {
            response.Answers.Add(Answer.NoneOfThese(question.Id));
        }
    }

    /// <summary>The number of activities follows the activities each organisation selected, kept inside its bucket.</summary>
    private void AnswerActivityCount(Question question, Question activities)
    {
        var selected = Enumerable.Range(0, _responses.Count)
            .Select(i => (Index: i, Count: _responses[i].Answers.Count(a => a.QuestionId == activities.Id && a.OptionId != null)))
            .OrderBy(x => x.Count).ThenBy(x => x.Index).ToList();
        var position = 0;
        foreach (var (bucketKey, count) in spec.OptionCounts[question.Key])
        {
            var bucket = Option(question, bucketKey);
            foreach (var (index, activityCount) in selected.Skip(position).Take(count))
            {
                var value = Math.Clamp(activityCount, bucket.MinValue!.Value, bucket.MaxValue!.Value);
                Number(index, question, value);
            }

            position += count;
        }
    }

    private void AnswerFoundedYear(Question question)
    {
        var order = Shuffled();
        var position = 0;
        foreach (var (bucketKey, count) in spec.OptionCounts[question.Key == "founded_year" ? "organisation_age" : question.Key])
        {
            var bucket = Option(question, bucketKey);
            var width = (bucket.MaxValue ?? bucket.MinValue!.Value + 12) - bucket.MinValue!.Value + 1;
            for (var k = 0; k < count; k++)
            {
                var index = order[position + k];
                var age = bucket.MinValue.Value + (k * 3 + 1) % width;
                var founded = spec.Year - age;
                _organisations[index].FoundedYear = founded;
                Number(index, question, founded);
            }

            position += count;
        }
    }

    /// <summary>Splits a total over organisations, roughly in proportion to their locations, summing exactly.</summary>
    private void Distribute(Question question, decimal total, int decimals)
    {
        var weights = _organisations.Select(o => o.Locations.Count * (0.7m + (decimal)_random.NextDouble() * 0.6m)).ToList();
        var sum = weights.Sum();
        var largest = weights.IndexOf(weights.Max());
        var values = weights.Select(w => Math.Round(total * w / sum, decimals, MidpointRounding.AwayFromZero)).ToList();
        values[largest] += total - values.Sum();
        for (var i = 0; i < values.Count; i++)
        {
            Number(i, question, values[i]);
        }
    }

    private void AddTexts(Question question)
    {
        if (spec.TextLists.TryGetValue(question.Key, out var lists))
        {
            foreach (var (listKey, texts) in lists)
            {
                var answering = ResponsesAnswering(question, option: null);
                for (var j = 0; j < texts.Count; j++)
                {
                    _responses[answering[j % answering.Count]].FreeTexts.Add(
                        new FreeText { QuestionId = question.Id, ListKey = listKey, Text = texts[j], Order = j + 1 });
                }
            }
        }

        if (spec.OptionDetails.TryGetValue(question.Key, out var details))
        {
            foreach (var (optionKey, texts) in details)
            {
                var option = Option(question, optionKey);
                var selecting = ResponsesAnswering(question, option);
                for (var j = 0; j < texts.Count; j++)
                {
                    _responses[selecting[j % selecting.Count]].FreeTexts.Add(
                        new FreeText { QuestionId = question.Id, OptionId = option.Id, Text = texts[j], Order = j + 1 });
                }
            }
        }
    }

    /// <summary>Indexes of responses that answered the question (for the target group: the broad group only).</summary>
    private List<int> ResponsesAnswering(Question question, QuestionOption? option)
    {
        option ??= question.Key == "target_group" ? Option(question, "broad") : null;
        return Enumerable.Range(0, _responses.Count)
            .Where(i => _responses[i].Answers.Any(a => a.QuestionId == question.Id && (option is null || a.OptionId == option.Id)))
            .ToList();
    }

    private List<int> Shuffled()
    {
        var order = Enumerable.Range(0, _responses.Count).ToArray();
        _random.Shuffle(order);
        return [.. order];
    }

    private static QuestionOption Option(Question question, string key) =>
        question.Options.SingleOrDefault(o => o.Key == key)
        ?? throw new InvalidOperationException($"Question {question.Key} has no option {key}.");

    private void Select(int index, Question question, QuestionOption option) =>
        _responses[index].Answers.Add(new Answer { QuestionId = question.Id, OptionId = option.Id });

    private void Number(int index, Question question, decimal value) =>
        _responses[index].Answers.Add(new Answer { QuestionId = question.Id, NumberValue = value });

    private static string Slug(string name) =>
        System.Text.RegularExpressions.Regex.Replace(name.ToLowerInvariant().Replace('é', 'e'), "[^a-z0-9]+", "-").Trim('-');
}
