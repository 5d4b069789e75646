namespace NvzhSurvey.Core.Questionnaires;

/// <summary>
/// The rules every answer obeys, whoever enters it (interview form, member portal, API and file import).
/// Each check returns a Dutch message for the person who entered the value, or null when the value is fine.
/// </summary>
public static class AnswerRules
{
    /// <summary>How the form, the history and the exchange files name a multiple-choice answer without options.</summary>
    public const string NoneOfTheseLabel = "Geen van deze";

    /// <summary>The lowest founding year accepted.</summary>
    public const int EarliestFoundedYear = 1950;

    /// <summary>Upper limit for any quantity; catches typing errors such as FTE 1e9.</summary>
    public const decimal AbsurdlyLarge = 1_000_000_000m;

    /// <summary>The highest count (activities) when the question sets no maximum of its own: generous, but it
    /// catches a typing error such as 5000.</summary>
    public const int MaxCount = 1000;

    /// <summary>The longest text answer or free-text item, whoever enters it.</summary>
    public const int MaxTextLength = 1000;

    /// <summary>A text answer or one free-text item (already trimmed).</summary>
    public static string? CheckText(string? text) =>
        text is { Length: > MaxTextLength } ? $"Gebruik maximaal {MaxTextLength} tekens." : null;

    /// <summary>
    /// "Geen van deze" exists only for a multiple-choice question, and not together with options; a retired option
    /// stays selected when it was (<paramref name="currentOptionIds"/>), but cannot be newly chosen.
    /// </summary>
    public static string? CheckChoice(Question question, IReadOnlyCollection<int> optionIds, bool noneOfThese, IReadOnlyCollection<int> currentOptionIds)
    {
        if (CheckSelection(question, optionIds) is { } error)
        {
            return error;
        }

        if (noneOfThese && (question.Kind != QuestionKind.MultipleChoice || optionIds.Count > 0))
        {
            return question.Kind == QuestionKind.MultipleChoice
                ? "Kies een of meer antwoorden of 'Geen van deze', niet allebei."
                : "'Geen van deze' kan alleen bij een vraag met meerdere antwoorden.";
        }

        return optionIds.Any(id => question.Options.Single(o => o.Id == id).IsRetired && !currentOptionIds.Contains(id))
            ? "Dit antwoord is vervallen en kan niet meer worden gekozen."
            : null;
    }

    /// <summary>
    /// The founding year of an organisation, wherever it is entered: the interview (latest = the edition's year),
    /// the staff organisation form and the member's profile (latest = this year in Amsterdam).
    /// </summary>
    public static string? CheckFoundedYear(int? year, int latestYear) =>
        year is { } y && (y < EarliestFoundedYear || y > latestYear)
            ? $"Vul een jaartal in tussen {EarliestFoundedYear} en {latestYear}."
            : null;

    public static string? CheckNumber(Question question, decimal value, int editionYear)
    {
        switch (question.Kind)
        {
            case QuestionKind.Decimal when DutchNumber.SignificantDecimalPlaces(value) > 2:
                return "Gebruik maximaal twee decimalen.";
            case QuestionKind.Money when DutchNumber.SignificantDecimalPlaces(value) > 0:
                return "Vul een bedrag in hele euro's in.";
            case QuestionKind.Integer or QuestionKind.IntegerBuckets or QuestionKind.Year or QuestionKind.FoundedYearBuckets
                when DutchNumber.SignificantDecimalPlaces(value) > 0:
                return "Vul een geheel getal in.";
        }

        if (question.Kind is QuestionKind.FoundedYearBuckets or QuestionKind.Year)
        {
            return CheckFoundedYear((int)value, editionYear);
        }

        if (value < 0 && (question.MinValue is null || question.MinValue >= 0))
        {
            return "Moet 0 of meer zijn.";
        }

        if (question.MinValue is { } min && value < min || question.MaxValue is { } max && value > max)
        {
            return $"Vul een waarde in tussen {Format(question.MinValue)} en {Format(question.MaxValue)}.";
        }

        if (question.Kind == QuestionKind.IntegerBuckets && question.MaxValue is null && value > MaxCount)
        {
            return $"Vul een aantal in tussen 0 en {Format(MaxCount)}.";
        }

        return Math.Abs(value) >= AbsurdlyLarge ? "Dit getal is onwaarschijnlijk groot; controleer de invoer." : null;
    }

    /// <summary>
    /// A count outside every bucket ("0" when the buckets start at 1, "12" above "8 tot 10"): not wrong, so it is
    /// saved, but it has no place in the publication's table; the form shows this warning next to the field and
    /// the data checks list it (<see cref="Reporting.Checks.OutsideBucketsCheck"/>). Null when the value fits a bucket.
    /// </summary>
    public static string? WarnNumber(Question question, decimal value) =>
        question.Kind == QuestionKind.IntegerBuckets && !FitsABucket(question, (int)value)
            ? $"{Format(value)} valt buiten de indeling ({BucketRange(question)}). Het aantal wordt opgeslagen en bij de datacontroles gemeld."
            : null;

    /// <summary>Whether a bucket value (a count, or an age for founded years) falls in an active bucket; true without buckets.</summary>
    public static bool FitsABucket(Question question, int bucketValue)
    {
        var buckets = question.Options.Where(o => !o.IsRetired).ToList();
        return buckets.Count == 0 || buckets.Any(b => b.Contains(bucketValue));
    }

    private static string BucketRange(Question question)
    {
        var buckets = question.Options.Where(o => !o.IsRetired).ToList();
        var low = buckets.Min(o => o.MinValue);
        var high = buckets.Any(o => o.MaxValue is null) ? null : buckets.Max(o => o.MaxValue);
        return high is null ? $"{low} of meer" : $"{low} tot en met {high}";
    }

    /// <summary>Parses Dutch input ("9,62", "938.528") and checks it; <paramref name="error"/> is the Dutch message.</summary>
    public static bool TryParseNumber(Question question, string? text, int editionYear, out decimal value, out string? error)
    {
        if (!DutchNumber.TryParse(text, out value))
        {
            error = question.Kind == QuestionKind.Money ? "Vul een bedrag in, bijvoorbeeld 938.528." : "Vul een getal in, bijvoorbeeld 9,62.";
            return false;
        }

        error = CheckNumber(question, value, editionYear);
        return error is null;
    }

    /// <summary>A single-choice question has exactly one answer; options must belong to the question and be active.</summary>
    public static string? CheckSelection(Question question, IReadOnlyCollection<int> optionIds)
    {
        if (question.Kind == QuestionKind.SingleChoice && optionIds.Count > 1)
        {
            return "Kies één antwoord.";
        }

        return optionIds.All(id => question.Options.Any(o => o.Id == id))
            ? null
            : "Dit antwoord hoort niet bij de vraag.";
    }

    private static string Format(decimal? value) =>
        value?.ToString("#,##0.##", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")) ?? "";
}
