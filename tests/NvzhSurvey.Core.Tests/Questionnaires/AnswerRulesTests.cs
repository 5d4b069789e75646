using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Tests.Questionnaires;

public class AnswerRulesTests
{
    private static readonly Question Fte = new() { Key = "fte", Label = "Fte", Kind = QuestionKind.Decimal, MinValue = 0 };
    private static readonly Question Revenue = new() { Key = "revenue", Label = "Omzet", Kind = QuestionKind.Money, MinValue = 0 };
    private static readonly Question Founded = new() { Key = "founded_year", Label = "Opgericht", Kind = QuestionKind.FoundedYearBuckets };
    private static readonly Question ActivityCount = new()
    {
        Key = "activity_count", Label = "Aantal", Kind = QuestionKind.IntegerBuckets, MinValue = 1, MaxValue = 10,
        Options = [new() { Key = "1-4", Label = "1-4", MinValue = 1, MaxValue = 4 }, new() { Key = "5-7", Label = "5-7", MinValue = 5, MaxValue = 7 }, new() { Key = "8-10", Label = "8-10", MinValue = 8, MaxValue = 10 }],
    };

    [Theory]
    [InlineData("9,62", 9.62)]
    [InlineData("938.528", 938528)]
    [InlineData("€ 23.463.188,-", 23463188)]
    [InlineData("12.5", 12.5)]
    [InlineData("1.234,56", 1234.56)]
    [InlineData(" 7 ", 7)]
    public void Dutch_numbers_are_parsed_as_people_type_them(string text, decimal expected)
    {
        DutchNumber.TryParse(text, out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("negen")]
    [InlineData("9,6,2")]
    public void Text_that_is_no_number_is_refused(string text) => DutchNumber.TryParse(text, out _).Should().BeFalse();

    [Theory]
    [InlineData("9,62", null)]
    [InlineData("9,625", "Gebruik maximaal twee decimalen.")]
    [InlineData("-1", "Moet 0 of meer zijn.")]
    [InlineData("1000000000", "Dit getal is onwaarschijnlijk groot; controleer de invoer.")]
    [InlineData("abc", "Vul een getal in, bijvoorbeeld 9,62.")]
    public void Fte_is_zero_or_more_with_at_most_two_decimals(string text, string? error)
    {
        AnswerRules.TryParseNumber(Fte, text, 2024, out _, out var message);
        message.Should().Be(error);
    }

    [Theory]
    [InlineData("938.528", null)]
    [InlineData("938528,50", "Vul een bedrag in hele euro's in.")]
    [InlineData("-5", "Moet 0 of meer zijn.")]
    public void Revenue_is_whole_euros(string text, string? error)
    {
        AnswerRules.TryParseNumber(Revenue, text, 2024, out _, out var message);
        message.Should().Be(error);
    }

    [Theory]
    [InlineData(1950, null)]
    [InlineData(2024, null)]
    [InlineData(1949, "Vul een jaartal in tussen 1950 en 2024.")]
    [InlineData(2025, "Vul een jaartal in tussen 1950 en 2024.")]
    public void The_founded_year_lies_between_1950_and_the_edition_year(int year, string? error) =>
        AnswerRules.CheckNumber(Founded, year, 2024).Should().Be(error);

    [Theory]
    [InlineData(1, null)]
    [InlineData(10, null)]
    [InlineData(11, "Vul een waarde in tussen 1 en 10.")]
    [InlineData(0, "Vul een waarde in tussen 1 en 10.")]
    public void The_activity_count_stays_within_its_minimum_and_maximum(int count, string? error) =>
        AnswerRules.CheckNumber(ActivityCount, count, 2024).Should().Be(error);

    [Theory]
    [InlineData(0, "0 valt buiten de indeling (1 tot en met 10). Het aantal wordt opgeslagen en bij de datacontroles gemeld.")]
    [InlineData(1, null)]
    [InlineData(10, null)]
    public void A_count_outside_every_bucket_is_accepted_with_a_warning(int count, string? warning)
    {
        var counts = new Question
        {
            Key = "activity_count", Label = "Aantal", Kind = QuestionKind.IntegerBuckets, MinValue = 0, MaxValue = 1000,
            Options = ActivityCount.Options,
        };

        AnswerRules.CheckNumber(counts, count, 2024).Should().BeNull();
        AnswerRules.WarnNumber(counts, count).Should().Be(warning);
    }

    [Fact]
    public void An_open_ended_last_bucket_holds_every_larger_count_and_without_a_maximum_1000_is_the_limit()
    {
        var counts = new Question
        {
            Key = "activity_count", Label = "Aantal", Kind = QuestionKind.IntegerBuckets, MinValue = 0,
            Options = [new() { Key = "1-7", Label = "1 tot 7", MinValue = 1, MaxValue = 7 }, new() { Key = "8+", Label = "8 of meer", MinValue = 8 }],
        };

        AnswerRules.WarnNumber(counts, 250).Should().BeNull();
        AnswerRules.WarnNumber(counts, 0).Should().Contain("(1 of meer)");
        AnswerRules.CheckNumber(counts, 1000, 2024).Should().BeNull();
        AnswerRules.CheckNumber(counts, 1001, 2024).Should().Be("Vul een aantal in tussen 0 en 1.000.");
    }

    [Fact]
    public void A_single_choice_question_has_one_answer()
    {
        var question = new Question { Key = "legal_form", Label = "Rechtsvorm", Kind = QuestionKind.SingleChoice, Options = [new() { Id = 1, Key = "a", Label = "A" }, new() { Id = 2, Key = "b", Label = "B" }] };

        AnswerRules.CheckSelection(question, [1]).Should().BeNull();
        AnswerRules.CheckSelection(question, [1, 2]).Should().Be("Kies één antwoord.");
        AnswerRules.CheckSelection(question, [3]).Should().Be("Dit antwoord hoort niet bij de vraag.");
    }
}
