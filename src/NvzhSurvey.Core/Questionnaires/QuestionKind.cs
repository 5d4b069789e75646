namespace NvzhSurvey.Core.Questionnaires;

public enum QuestionKind
{
    SingleChoice = 1,
    MultipleChoice = 2,
    Integer = 3,
    Decimal = 4,
    Money = 5,
    Year = 6,
    Text = 7,

    /// <summary>An integer answer reported in buckets (the options carry Min/Max), e.g. the number of activities.</summary>
    IntegerBuckets = 8,

    /// <summary>A founding year, reported as organisation age (edition year − founded year) in buckets.</summary>
    FoundedYearBuckets = 9,

    /// <summary>No answer of its own: the locations counted for the edition (the response's location snapshot).</summary>
    LocationCount = 10,
}
