using System.Globalization;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Responses;

/// <summary>
/// The one way answers, free texts and counted locations are written into a tracked response, used by the
/// interview form's writer and by the importer alike. It checks each value with <see cref="AnswerRules"/>,
/// touches only rows whose value differs (so an unchanged value writes no row and no audit entry), and records
/// every change as "field: old → new", so a preview, an import result and the audit trail agree by construction.
/// </summary>
public sealed class AnswerSync(SurveyDbContext db, Response response)
{
    public const string CountedLocationsField = "Getelde locaties";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private readonly List<AnswerChange> _changes = [];

    public Response Response => response;

    /// <summary>Every value that differed, in the order they were set.</summary>
    public IReadOnlyList<AnswerChange> Changes => _changes;

    /// <summary>How many values were set to what they already were.</summary>
    public int Unchanged { get; private set; }

    /// <summary>Selected options, or "geen van deze"; nothing selected clears the answer.</summary>
    /// <param name="keepRetired">Keep selected retired options that <paramref name="optionIds"/> does not name (an import cannot name them).</param>
    public string? SetChoice(Question question, IReadOnlyCollection<int> optionIds, bool noneOfThese, bool keepRetired = false)
    {
        var selected = optionIds.Distinct().ToList();
        var current = Rows(question.Id);
        if (AnswerRules.CheckChoice(question, selected, noneOfThese, current.Where(a => a.OptionId is not null).Select(a => a.OptionId!.Value).ToList()) is { } error)
        {
            return error;
        }

        var before = DescribeChoice(question, current);
        bool Keep(Answer a) => a.OptionId is { } id
            ? selected.Contains(id) || keepRetired && question.Options.Any(o => o.Id == id && o.IsRetired)
            : noneOfThese && a.IsNoneOfThese;
        var removed = current.Where(a => !Keep(a)).ToList();
        removed.ForEach(Remove);
        var added = new List<Answer>();
        if (noneOfThese && !current.Any(a => a.IsNoneOfThese))
        {
            added.Add(Answer.NoneOfThese(question.Id));
        }

        added.AddRange(selected.Where(id => current.All(a => a.OptionId != id)).Select(id => new Answer { QuestionId = question.Id, OptionId = id }));
        added.ForEach(response.Answers.Add);
        Record(question.Label, before, DescribeChoice(question, Rows(question.Id)), removed.Count + added.Count > 0);
        return null;
    }

    /// <summary>A number (checked for the edition's year); null clears the answer.</summary>
    public string? SetNumber(Question question, decimal? value, int editionYear)
    {
        if (value is { } number && AnswerRules.CheckNumber(question, number, editionYear) is { } error)
        {
            return error;
        }

        return SetPlain(question, value, null, value is { } v ? FormatNumber(question, v) : null);
    }

    /// <summary>A text answer (trimmed; empty clears it).</summary>
    public string? SetText(Question question, string? text)
    {
        var cleaned = Clean(text);
        return AnswerRules.CheckText(cleaned) ?? SetPlain(question, null, cleaned, cleaned);
    }

    /// <summary>Makes the items of one text list (<paramref name="listKey"/>) or one option's details equal to <paramref name="lines"/>.</summary>
    public string? SetTexts(Question question, int? optionId, string? listKey, IReadOnlyList<string> lines)
    {
        var items = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (items.Select(AnswerRules.CheckText).FirstOrDefault(e => e is not null) is { } error)
        {
            return error;
        }

        var current = response.FreeTexts
            .Where(t => t.QuestionId == question.Id && t.OptionId == optionId && t.ListKey == listKey)
            .OrderBy(t => t.Order).ThenBy(t => t.Id).ToList();
        var field = TextsField(question, optionId, listKey);
        if (current.Select(t => t.Text).SequenceEqual(items, StringComparer.Ordinal))
        {
            Record(field, null, null, changed: false); // the same texts in the same order: not even the order is rewritten
            return null;
        }

        var before = Join(current.Select(t => t.Text));
        for (var i = 0; i < items.Count; i++)
        {
            if (i < current.Count)
            {
                Assign(current[i].Text, items[i], v => current[i].Text = v);
                Assign(current[i].Order, i + 1, v => current[i].Order = v);
            }
            else
            {
                response.FreeTexts.Add(new FreeText { QuestionId = question.Id, OptionId = optionId, ListKey = listKey, Text = items[i], Order = i + 1 });
            }
        }

        foreach (var surplus in current.Skip(items.Count))
        {
            response.FreeTexts.Remove(surplus);
            db.FreeTexts.Remove(surplus);
        }

        Record(field, before, Join(items), changed: true);
        return null;
    }

    /// <summary>
    /// Makes the counted locations equal to <paramref name="wanted"/>, matched on the live location (or the name).
    /// </summary>
    /// <param name="keepUnlinked">Keep counted locations whose live location no longer exists (the form cannot name them).</param>
    public void SetCountedLocations(IReadOnlyList<CountedLocation> wanted, bool keepUnlinked)
    {
        var unmatched = response.Locations.OrderBy(l => l.Id).ToList();
        foreach (var location in wanted)
        {
            var snapshot = unmatched.FirstOrDefault(s => location.LocationId is not null && s.LocationId == location.LocationId)
                ?? unmatched.FirstOrDefault(s => string.Equals(s.Name, location.Name, StringComparison.OrdinalIgnoreCase));
            if (snapshot is null)
            {
                response.Locations.Add(new ResponseLocation { LocationId = location.LocationId, Name = location.Name, City = location.City, Province = location.Province });
                Record(CountedLocationsField, null, location.Name, changed: true);
                continue;
            }

            unmatched.Remove(snapshot);
            var before = Describe(snapshot);
            var changed = Assign(snapshot.Name, location.Name, v => snapshot.Name = v)
                | Assign(snapshot.City, location.City, v => snapshot.City = v)
                | Assign(snapshot.Province, location.Province, v => snapshot.Province = v)
                | Assign(snapshot.LocationId, location.LocationId, v => snapshot.LocationId = v);
            Record(CountedLocationsField, before, Describe(snapshot), changed);
        }

        foreach (var snapshot in unmatched.Where(s => !keepUnlinked || s.LocationId is not null))
        {
            response.Locations.Remove(snapshot);
            db.ResponseLocations.Remove(snapshot);
            Record(CountedLocationsField, snapshot.Name, null, changed: true);
        }
    }

    /// <summary>Sets any other value (status, organisation details) when it differs, recording the change under <paramref name="field"/>.</summary>
    public bool Set<T>(string field, T current, T wanted, Action<T> assign, Func<T, string?>? describe = null)
    {
        var changed = Assign(current, wanted, assign);
        describe ??= v => Convert.ToString(v, Dutch);
        Record(field, describe(current), describe(wanted), changed);
        return changed;
    }

    private string? SetPlain(Question question, decimal? number, string? text, string? description)
    {
        var current = Rows(question.Id);
        var before = current.FirstOrDefault(a => a.OptionId is null) is { } old
            ? old.TextValue ?? (old.NumberValue is { } n ? FormatNumber(question, n) : null)
            : null;
        var changed = false;
        var row = current.FirstOrDefault(a => a.OptionId is null && !a.IsNoneOfThese);
        foreach (var stale in current.Where(a => a != row || number is null && text is null))
        {
            Remove(stale);
            changed = true;
        }

        if (number is not null || text is not null)
        {
            if (row is null)
            {
                response.Answers.Add(new Answer { QuestionId = question.Id, NumberValue = number, TextValue = text });
                changed = true;
            }
            else
            {
                changed |= Assign(row.NumberValue, number, v => row.NumberValue = v);
                changed |= Assign(row.TextValue, text, v => row.TextValue = v);
            }
        }

        Record(question.Label, before, description, changed);
        return null;
    }

    private List<Answer> Rows(int questionId) => response.Answers.Where(a => a.QuestionId == questionId).OrderBy(a => a.Id).ToList();

    private void Remove(Answer answer)
    {
        response.Answers.Remove(answer);
        db.Answers.Remove(answer);
    }

    private void Record(string field, string? before, string? after, bool changed)
    {
        if (changed)
        {
            _changes.Add(new AnswerChange(field, before, after));
        }
        else
        {
            Unchanged++;
        }
    }

    /// <summary>Assigns only when the value differs (8.75 equals 8.750), so unchanged values are not written.</summary>
    private static bool Assign<T>(T current, T wanted, Action<T> assign)
    {
        if (EqualityComparer<T>.Default.Equals(current, wanted))
        {
            return false;
        }

        assign(wanted);
        return true;
    }

    private static string? DescribeChoice(Question question, List<Answer> rows) =>
        rows.Any(a => a.IsNoneOfThese) ? AnswerRules.NoneOfTheseLabel
        : rows.Count == 0 ? null
        : string.Join(", ", question.Options.OrderBy(o => o.Order).Where(o => rows.Any(a => a.OptionId == o.Id)).Select(o => o.Label));

    private static string TextsField(Question question, int? optionId, string? listKey)
    {
        if (optionId is { } id && question.Options.FirstOrDefault(o => o.Id == id) is { } option)
        {
            return $"{question.Label}: {option.Label} ({option.DetailsTitle ?? "toelichting"})";
        }

        return $"{question.Label}: {question.TextLists.FirstOrDefault(t => t.Key == listKey)?.Title ?? listKey}";
    }

    private static string? Join(IEnumerable<string> texts) => string.Join("; ", texts) is { Length: > 0 } joined ? joined : null;

    private static string Describe(ResponseLocation location) =>
        string.Join(", ", new[] { location.Name, location.City, location.Province?.DisplayName() }.Where(p => !string.IsNullOrEmpty(p)));

    /// <summary>"€ 812.000", "8,75", "2012": numbers as a Dutch reader writes them.</summary>
    public static string FormatNumber(Question question, decimal value) => question.Kind switch
    {
        QuestionKind.Money => "€ " + value.ToString("#,##0", Dutch),
        QuestionKind.Year or QuestionKind.FoundedYearBuckets => value.ToString("0", Dutch),
        _ => value.ToString("#,##0.##", Dutch),
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>One changed value: the question (or field) as people know it, and the value before and after (null: empty).</summary>
public sealed record AnswerChange(string Field, string? OldValue, string? NewValue);

/// <summary>A location to count for an edition: the live location and the snapshot's values.</summary>
public sealed record CountedLocation(int? LocationId, string Name, string? City, Province? Province);
