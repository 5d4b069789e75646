using System.Text.Json;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Responses;


namespace NvzhSurvey.Core.Exchange;

/// <summary>
/// Checks the shape of a batch against an edition's questionnaire (known keys, the right JSON types, names and
/// keys of organisations) and collects every problem with its JSON path. The answer rules themselves (numbers,
/// lengths, retired options, "geen van deze") are checked by <see cref="AnswerSync"/> when the plan is applied,
/// as for the forms. The plan holds every organisation; <see cref="PlannedOrganisation.IsValid"/> is false for
/// one whose key or name is wrong (its answers are still checked, but never stored).
/// </summary>
public static class ResponseBatchValidator
{
    public const int MaxKeyLength = 64;
    public const int MaxNameLength = 200;
    public const int MaxCityLength = 100;

    public static (ImportPlan? Plan, IReadOnlyList<ExchangeError> Errors) Validate(ResponseBatch? batch, ImportQuestionnaire questionnaire)
    {
        var errors = new List<ExchangeError>();
        if (batch?.Organisations is null)
        {
            errors.Add(new("organisations", "Geef een lijst met organisaties."));
            return (null, errors);
        }

        if (batch.Organisations.Count == 0)
        {
            errors.Add(new("organisations", "De lijst met organisaties is leeg."));
        }

        var firstIndexOfKey = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var planned = new List<PlannedOrganisation>();
        for (var i = 0; i < batch.Organisations.Count; i++)
        {
            var path = $"organisations[{i}]";
            var record = batch.Organisations[i];
            if (record is null)
            {
                errors.Add(new(path, "Geef een organisatie, geen null."));
                continue;
            }

            var errorsBefore = errors.Count;
            var key = record.Key?.Trim();
            if (string.IsNullOrEmpty(key))
            {
                errors.Add(new($"{path}.key", "Vul de sleutel van de organisatie in."));
            }
            else if (key.Length > MaxKeyLength || !key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                errors.Add(new($"{path}.key", $"Een sleutel bestaat uit hoogstens {MaxKeyLength} letters, cijfers, '-', '_' of '.'."));
            }
            else if (firstIndexOfKey.TryGetValue(key, out var first))
            {
                errors.Add(new($"{path}.key", $"De sleutel '{key}' komt al voor bij organisations[{first}]."));
            }
            else
            {
                firstIndexOfKey[key] = i;
            }

            var name = record.Name?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                errors.Add(new($"{path}.name", "Vul de naam van de organisatie in."));
            }
            else if (name.Length > MaxNameLength)
            {
                errors.Add(new($"{path}.name", $"Gebruik hoogstens {MaxNameLength} tekens."));
            }

            var valid = errors.Count == errorsBefore;
            var city = CheckOptionalText(record.City, $"{path}.city", MaxCityLength, errors);
            var locations = ValidateLocations(record.Locations, $"{path}.locations", errors);
            var response = record.Response is null ? null : ValidateResponse(record.Response, $"{path}.response", questionnaire, errors);
            planned.Add(new PlannedOrganisation(i, key ?? "", name ?? "", city, locations, response) { IsValid = valid });
        }

        return (new ImportPlan(planned), errors);
    }

    private static List<PlannedLocation>? ValidateLocations(List<LocationRecord>? records, string path, List<ExchangeError> errors)
    {
        if (records is null)
        {
            return null;
        }

        var locations = new List<PlannedLocation>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var j = 0; j < records.Count; j++)
        {
            var itemPath = $"{path}[{j}]";
            var record = records[j];
            var name = record?.Name?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                errors.Add(new($"{itemPath}.name", "Vul de naam van de locatie in."));
                continue;
            }

            if (name.Length > MaxNameLength)
            {
                errors.Add(new($"{itemPath}.name", $"Gebruik hoogstens {MaxNameLength} tekens."));
            }
            else if (!names.Add(name))
            {
                errors.Add(new($"{itemPath}.name", $"De locatie '{name}' staat twee keer in de lijst."));
            }

            Province? province = null;
            if (!string.IsNullOrWhiteSpace(record!.Province))
            {
                if (Provinces.TryParse(record.Province, out var parsed))
                {
                    province = parsed;
                }
                else
                {
                    errors.Add(new($"{itemPath}.province", $"Onbekende provincie '{record.Province}'; gebruik bijvoorbeeld 'Utrecht' of 'Noord-Holland'."));
                }
            }

            var city = CheckOptionalText(record.City, $"{itemPath}.city", MaxCityLength, errors);
            locations.Add(new PlannedLocation(name, city, province));
        }

        return locations;
    }

    private static PlannedResponse ValidateResponse(ResponseRecord record, string path, ImportQuestionnaire questionnaire, List<ExchangeError> errors)
    {
        ResponseStatus? status = null;
        if (record.Status is not null)
        {
            if (ExchangeStatusNames.TryParse(record.Status, out var parsed))
            {
                status = parsed;
            }
            else
            {
                errors.Add(new($"{path}.status", $"Onbekende status '{record.Status}'; kies uit {ExchangeStatusNames.Choices}."));
            }
        }

        var answers = new Dictionary<int, PlannedAnswer>();
        foreach (var (key, value) in record.Answers ?? [])
        {
            var answerPath = $"{path}.answers.{key}";
            if (FindAnswerable(questionnaire, key, answerPath, errors) is { } question
                && ValidateAnswer(question, value, answerPath, questionnaire.Year, errors) is { } answer)
            {
                answers[question.Id] = answer;
            }
        }

        var lists = new Dictionary<(int, string), IReadOnlyList<string>>();
        foreach (var (key, texts) in record.AlsoMentioned ?? [])
        {
            var listPath = $"{path}.alsoMentioned.{key}";
            if (FindAnswerable(questionnaire, key, listPath, errors) is not { } question)
            {
                continue;
            }

            if (!question.TextLists.Any(t => t.Key == ImportQuestionnaire.AlsoMentioned))
            {
                errors.Add(new(listPath, $"De vraag '{key}' heeft geen lijst 'verder nog genoemd'."));
                continue;
            }

            lists[(question.Id, ImportQuestionnaire.AlsoMentioned)] = ValidateTexts(texts, listPath, errors);
        }

        foreach (var (key, byList) in record.TextLists ?? [])
        {
            var questionPath = $"{path}.textLists.{key}";
            if (FindAnswerable(questionnaire, key, questionPath, errors) is not { } question)
            {
                continue;
            }

            foreach (var (listKey, texts) in byList ?? [])
            {
                var listPath = $"{questionPath}.{listKey}";
                if (listKey == ImportQuestionnaire.AlsoMentioned)
                {
                    errors.Add(new(listPath, "Zet deze lijst onder 'alsoMentioned'."));
                }
                else if (!question.TextLists.Any(t => t.Key == listKey))
                {
                    errors.Add(new(listPath, $"De vraag '{key}' heeft geen lijst '{listKey}'."));
                }
                else
                {
                    lists[(question.Id, listKey)] = ValidateTexts(texts, listPath, errors);
                }
            }
        }

        var details = new Dictionary<(int, int), IReadOnlyList<string>>();
        foreach (var (key, byOption) in record.Details ?? [])
        {
            var questionPath = $"{path}.details.{key}";
            if (FindAnswerable(questionnaire, key, questionPath, errors) is not { } question)
            {
                continue;
            }

            foreach (var (optionKey, texts) in byOption ?? [])
            {
                var optionPath = $"{questionPath}.{optionKey}";
                var option = question.Options.FirstOrDefault(o => o.Key == optionKey && !o.IsRetired);
                if (option is null)
                {
                    errors.Add(new(optionPath, $"Onbekende optie '{optionKey}' bij vraag '{key}'."));
                }
                else if (!option.HasDetails)
                {
                    errors.Add(new(optionPath, $"Bij de optie '{optionKey}' horen geen toelichtingen."));
                }
                else
                {
                    details[(question.Id, option.Id)] = ValidateTexts(texts, optionPath, errors);
                }
            }
        }

        return new PlannedResponse(status, answers, lists, details);
    }

    private static Question? FindAnswerable(ImportQuestionnaire questionnaire, string key, string path, List<ExchangeError> errors)
    {
        var question = questionnaire.Find(key);
        if (question is null || question.IsRetired)
        {
            errors.Add(new(path, $"Onbekende vraag '{key}' in de vragenlijst van {questionnaire.Year}."));
            return null;
        }

        return question;
    }

    private static PlannedAnswer? ValidateAnswer(Question question, JsonElement value, string path, int year, List<ExchangeError> errors)
    {
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return PlannedAnswer.None;
        }

        switch (question.Kind)
        {
            case QuestionKind.SingleChoice:
                if (value.ValueKind != JsonValueKind.String)
                {
                    errors.Add(new(path, "Verwacht één optie als tekst, bijvoorbeeld \"" + FirstOptionKey(question) + "\"."));
                    return null;
                }

                return OptionOf(question, value.GetString()!, path, errors) is { } single ? new([single.Id], null, null) : null;

            case QuestionKind.MultipleChoice:
                if (value.ValueKind != JsonValueKind.Array)
                {
                    errors.Add(new(path, "Verwacht een lijst met opties, bijvoorbeeld [\"" + FirstOptionKey(question) + "\"]."));
                    return null;
                }

                var ids = new List<int>();
                var valid = true;
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    var itemPath = $"{path}[{index++}]";
                    if (item.ValueKind != JsonValueKind.String)
                    {
                        errors.Add(new(itemPath, "Verwacht een optie als tekst."));
                        valid = false;
                    }
                    else if (OptionOf(question, item.GetString()!, itemPath, errors) is not { } option)
                    {
                        valid = false;
                    }
                    else if (ids.Contains(option.Id))
                    {
                        errors.Add(new(itemPath, $"De optie '{option.Key}' staat twee keer in de lijst."));
                        valid = false;
                    }
                    else
                    {
                        ids.Add(option.Id);
                    }
                }

                return !valid ? null : ids.Count == 0 ? PlannedAnswer.NoneOfTheOptions : new(ids, null, null);

            case QuestionKind.Text:
                if (value.ValueKind != JsonValueKind.String)
                {
                    errors.Add(new(path, "Verwacht een tekst."));
                    return null;
                }

                var text = value.GetString()!.Trim();
                return text.Length == 0 ? PlannedAnswer.None : new([], null, text);

            case QuestionKind.LocationCount:
                errors.Add(new(path, "Deze vraag wordt beantwoord met de locaties van de organisatie (locations), niet met een antwoord."));
                return null;

            default:
                return ValidateNumber(question, value, path, year, errors);
        }
    }

    private static PlannedAnswer? ValidateNumber(Question question, JsonElement value, string path, int year, List<ExchangeError> errors)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            errors.Add(new(path, value.ValueKind == JsonValueKind.String
                ? "Verwacht een getal, geen tekst (schrijf 8.75, niet \"8,75\")."
                : "Verwacht een getal."));
            return null;
        }

        if (!value.TryGetDecimal(out var number))
        {
            errors.Add(new(path, "Dit getal is onwaarschijnlijk groot; controleer de invoer."));
            return null;
        }

        return new([], number, null);
    }

    private static QuestionOption? OptionOf(Question question, string key, string path, List<ExchangeError> errors)
    {
        var option = question.Options.FirstOrDefault(o => o.Key == key && !o.IsRetired);
        if (option is null)
        {
            errors.Add(new(path, $"Onbekende optie '{key}' bij vraag '{question.Key}'; kies uit {string.Join(", ", question.Options.Where(o => !o.IsRetired).OrderBy(o => o.Order).Select(o => o.Key))}."));
        }

        return option;
    }

    private static string FirstOptionKey(Question question) =>
        question.Options.Where(o => !o.IsRetired).OrderBy(o => o.Order).Select(o => o.Key).FirstOrDefault() ?? "";

    private static List<string> ValidateTexts(List<string>? texts, string path, List<ExchangeError> errors)
    {
        var result = new List<string>();
        for (var k = 0; k < (texts?.Count ?? 0); k++)
        {
            var text = texts![k]?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                errors.Add(new($"{path}[{k}]", "Een tekst mag niet leeg zijn."));
            }
            else
            {
                result.Add(text);
            }
        }

        return result;
    }

    private static string? CheckOptionalText(string? text, string path, int maxLength, List<ExchangeError> errors)
    {
        var trimmed = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (trimmed?.Length > maxLength)
        {
            errors.Add(new(path, $"Gebruik hoogstens {maxLength} tekens."));
            return null;
        }

        return trimmed;
    }
}
