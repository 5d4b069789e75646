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
            return value < EarliestFoundedYear || value > editionYear
                ? $"Vul een jaartal in tussen {EarliestFoundedYear} en {editionYear}."
                : null;
        }

        if (value < 0 && (question.MinValue is null || question.MinValue >= 0))
        {
            return "Moet 0 of meer zijn.";
        }

        if (question.MinValue is { } min && value < min || question.MaxValue is { } max && value > max)
        {
            return $"Vul een waarde in tussen {Format(question.MinValue)} en {Format(question.MaxValue)}.";
        }

        if (question.Kind == QuestionKind.IntegerBuckets && question.Options.Count > 0
            && !question.Options.Where(o => !o.IsRetired).Any(o => o.Contains((int)value)))
        {
            var low = question.Options.Min(o => o.MinValue);
            var high = question.Options.Max(o => o.MaxValue);
            return $"Vul een aantal in tussen {low} en {high}.";
        }

        return Math.Abs(value) >= AbsurdlyLarge ? "Dit getal is onwaarschijnlijk groot; controleer de invoer." : null;
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
