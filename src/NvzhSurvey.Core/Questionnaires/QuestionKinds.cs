namespace NvzhSurvey.Core.Questionnaires;

public static class QuestionKinds
{
    public static bool IsChoice(this QuestionKind kind) =>
        kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice;

    public static bool IsBuckets(this QuestionKind kind) =>
        kind is QuestionKind.IntegerBuckets or QuestionKind.FoundedYearBuckets;

    /// <summary>Answered with one number (stored in <c>Answer.NumberValue</c>).</summary>
    public static bool IsNumeric(this QuestionKind kind) =>
        kind is QuestionKind.Integer or QuestionKind.Decimal or QuestionKind.Money or QuestionKind.Year
            or QuestionKind.IntegerBuckets or QuestionKind.FoundedYearBuckets;

    /// <summary>Reported as total and averages per organisation and per location.</summary>
    public static bool IsQuantity(this QuestionKind kind) =>
        kind is QuestionKind.Decimal or QuestionKind.Money or QuestionKind.Integer;

    /// <summary>Dutch name of the kind, for the questionnaire editor.</summary>
    public static string DisplayName(this QuestionKind kind) => kind switch
    {
        QuestionKind.SingleChoice => "Eén keuze",
        QuestionKind.MultipleChoice => "Meerdere keuzes",
        QuestionKind.Integer => "Geheel getal",
        QuestionKind.Decimal => "Decimaal getal",
        QuestionKind.Money => "Bedrag (euro)",
        QuestionKind.Year => "Jaartal",
        QuestionKind.Text => "Tekst",
        QuestionKind.IntegerBuckets => "Aantal in klassen",
        QuestionKind.FoundedYearBuckets => "Oprichtingsjaar (leeftijd in klassen)",
        QuestionKind.LocationCount => "Aantal locaties",
        _ => kind.ToString(),
    };
}
