using System.Globalization;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Reporting;
using NvzhSurvey.Core.Responses;
using NvzhSurvey.Core.Time;

namespace NvzhSurvey.Core.Interviews;

/// <summary>
/// Turns the audit rows of one save into changes people read: question and option keys become their Dutch labels,
/// stored invariant values ("9.62", "Completed", "03/15/2025") become nl-NL ("9,62", "Afgerond", "15-03-2025"), and
/// the rows of one question (an option unticked, another ticked) become one change.
/// </summary>
public sealed class HistoryWording(IEnumerable<Question> questions, IReadOnlyDictionary<string, string>? locationNames = null)
{
    private readonly Dictionary<string, Question> _questions = questions.GroupBy(q => q.Key).ToDictionary(g => g.Key, g => g.First());

    public IReadOnlyList<HistoryChange> Changes(IReadOnlyList<AuditEntry> rows)
    {
        var changes = new List<HistoryChange>();
        foreach (var group in rows.Where(r => r.EntityType != InterviewHistory.PrefillEntityType).GroupBy(r => (r.EntityType, r.Field)))
        {
            var (type, field) = group.Key;
            switch (type)
            {
                case "Answer":
                    changes.Add(Answer(field, group.ToList()));
                    break;
                case "FreeText":
                    changes.Add(FreeText(field, group.ToList()));
                    break;
                case "ResponseLocation":
                    changes.Add(new HistoryChange(null, "Meegetelde locatie", Join(group.Select(r => r.OldValue)), Join(group.Select(r => r.NewValue))));
                    break;
                case "Response" when field == "*":
                    changes.Add(new HistoryChange(null, "Interview aangemaakt", null, null));
                    break;
                case "Response":
                    changes.AddRange(group.Select(r => ResponseField(field, r.OldValue, r.NewValue)));
                    break;
                case "Organisation":
                    changes.AddRange(group.Select(r => Organisations.OrganisationHistoryWording.Organisation(field, r.OldValue, r.NewValue)));
                    break;
                case "Location":
                    changes.AddRange(group.Select(r => Organisations.OrganisationHistoryWording.Location(field, r.OldValue, r.NewValue,
                        locationNames?.GetValueOrDefault(r.EntityId))));
                    break;
                case ChangeRequests.EntityType:
                    changes.AddRange(group.Select(r => new HistoryChange(null, "Wijziging gevraagd door het lid", null, r.NewValue)));
                    break;
                default:
                    changes.AddRange(group.Select(r => new HistoryChange(null, field, r.OldValue, r.NewValue)));
                    break;
            }
        }

        return changes;
    }

    private HistoryChange Answer(string key, List<AuditEntry> rows)
    {
        _questions.TryGetValue(key, out var question);
        var what = question?.Label ?? key;
        if (rows.Count == 1 && rows[0].Action == "Modified")
        {
            return new HistoryChange(key, what, Value(question, rows[0].OldValue), Value(question, rows[0].NewValue));
        }

        // Options and numbers are rows of their own: a removed row is the old answer, an added row the new one.
        var removed = rows.Where(r => r.Action == "Deleted").Select(r => Value(question, r.OldValue));
        var added = rows.Where(r => r.Action == "Added").Select(r => Value(question, r.NewValue));
        return new HistoryChange(key, what, Join(removed), Join(added));
    }

    private HistoryChange FreeText(string field, List<AuditEntry> rows)
    {
        // "question", "question/option", "question/list", with "/verborgen" for hiding from the publication.
        var parts = field.Split('/');
        _questions.TryGetValue(parts[0], out var question);
        var what = question?.Label ?? parts[0];
        var hidden = parts[^1] == "verborgen";
        foreach (var part in parts.Skip(1).Where(p => p != "verborgen"))
        {
            var option = question?.Options.FirstOrDefault(o => o.Key == part);
            var list = question?.TextLists.FirstOrDefault(t => t.Key == part);
            what += " – " + (option?.DetailsTitle is { } details ? $"{details} ({option.Label})" : option?.Label ?? list?.Title ?? part);
        }

        if (hidden)
        {
            return new HistoryChange(parts[0], what + " – verborgen in de publicatie",
                YesNo(rows[0].OldValue), YesNo(rows[^1].NewValue));
        }

        return new HistoryChange(parts[0], what, Join(rows.Select(r => r.OldValue)), Join(rows.Select(r => r.NewValue)));
    }

    private static string? Value(Question? question, string? stored)
    {
        if (stored is null || question is null)
        {
            return stored;
        }

        if (question.Options.FirstOrDefault(o => o.Key == stored) is { } option)
        {
            return option.Label;
        }

        if (!decimal.TryParse(stored, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return stored;
        }

        return question.Kind switch
        {
            QuestionKind.Money => DutchFormat.Euro(number),
            QuestionKind.Decimal => number.ToString("0.##", DutchFormat.Culture),
            QuestionKind.Year or QuestionKind.FoundedYearBuckets => number.ToString("0", CultureInfo.InvariantCulture),
            _ => DutchFormat.Integer(number),
        };
    }

    private static HistoryChange ResponseField(string field, string? oldValue, string? newValue) => field switch
    {
        "Status" => new HistoryChange(null, "Status", Status(oldValue), Status(newValue)),
        "InterviewDate" => new HistoryChange(null, "Datum interview", Date(oldValue), Date(newValue)),
        "Interviewer" => new HistoryChange(null, "Interviewer", oldValue, newValue),
        "InternalNotes" => new HistoryChange(null, "Interne notities", oldValue, newValue),
        "CompletedAt" => new HistoryChange(null, "Afgerond op", Moment(oldValue), Moment(newValue)),
        "SubmittedAt" => new HistoryChange(null, "Ingediend op", Moment(oldValue), Moment(newValue)),
        _ => new HistoryChange(null, field, oldValue, newValue),
    };

    private static string? Status(string? stored) =>
        Enum.TryParse<ResponseStatus>(stored, out var status) ? status.DisplayName() : stored;

    private static string? Date(string? stored) =>
        DateOnly.TryParse(stored, CultureInfo.InvariantCulture, out var date) ? DutchTime.FormatDate(date) : stored;

    private static string? Moment(string? stored) =>
        DateTimeOffset.TryParse(stored, CultureInfo.InvariantCulture, out var moment) ? DutchTime.Format(moment) : stored;

    private static string? YesNo(string? stored) => stored switch
    {
        "True" => "ja",
        "False" => "nee",
        _ => stored,
    };

    private static string? Join(IEnumerable<string?> values)
    {
        var list = values.OfType<string>().Where(v => v.Length > 0).ToList();
        return list.Count == 0 ? null : string.Join(", ", list);
    }
}
