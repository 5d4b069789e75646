using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Tests.Questionnaires;

public class QuestionnaireCopierTests
{
    [Fact]
    public void A_copy_for_the_next_edition_keeps_every_key_and_names_the_new_year_where_the_old_one_was_named()
    {
        var seed = QuestionnaireDefinition.Load2024().ToSections();

        var copy = QuestionnaireCopier.Copy(seed, 2024, 2025);

        var questions = copy.SelectMany(s => s.Questions).ToList();
        questions.Select(q => q.Key).Should().Equal(seed.SelectMany(s => s.Questions).Select(q => q.Key));
        questions.Single(q => q.Key == "fte").Label.Should().Be("Aantal fte werkzaam (2025)");
        questions.Single(q => q.Key == "revenue").Label.Should().Be("Omzet organisaties (euro, 2025)");
        questions.SelectMany(q => new[] { q.Label, q.HelpText }.Concat(q.Options.Select(o => o.Label)))
            .Should().NotContain(t => t != null && t.Contains("2024"));
    }

    [Fact]
    public void Only_the_year_itself_is_replaced_not_longer_numbers_that_contain_it()
    {
        var sections = new List<Section>
        {
            new()
            {
                Key = "s", Title = "Titel",
                Questions = [new Question { Key = "q", Label = "Budget 12024 of 20245, in 2024", HelpText = "Sinds 2024." }],
            },
        };

        var question = QuestionnaireCopier.Copy(sections, 2024, 2026).Single().Questions.Single();

        question.Label.Should().Be("Budget 12024 of 20245, in 2026");
        question.HelpText.Should().Be("Sinds 2026.");
        QuestionnaireCopier.Copy(sections, 2024, 2024).Single().Questions.Single().Label.Should().Be("Budget 12024 of 20245, in 2024");
    }
}
