using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Tests.Questionnaires;

public class BucketEditorTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private BucketEditor Editor => new(Database.CreateFactory());

    private Task<Question> ActivityCountAsync() => ExecuteDbContextAsync(db => db.Questions.AsNoTracking().Include(q => q.Options)
        .SingleAsync(q => q.Section!.Edition!.Year == 2025 && q.Key == "activity_count"));

    private Task<int> SetStatusAsync(EditionStatus status) => ExecuteDbContextAsync(db =>
        db.Editions.Where(e => e.Year == 2025).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, status)));

    private static List<BucketBounds> OpenEnded(Question question)
    {
        var options = question.Options.Where(o => !o.IsRetired).OrderBy(o => o.Order).ToList();
        return
        [
            new(options[0].Id, "1 tot 4 activiteiten", 1, 4),
            new(options[1].Id, "5 tot 7 activiteiten", 5, 7),
            new(options[2].Id, "8 of meer", 8, null),
        ];
    }

    [Fact]
    public async Task Staff_change_texts_and_bounds_of_a_draft_edition_and_the_last_bucket_becomes_open_ended()
    {
        await SeedDemoDataAsync();
        await SetStatusAsync(EditionStatus.Draft);
        var question = await ActivityCountAsync();

        var result = await Editor.SaveAsync(Actor.System(), question.Id, OpenEnded(question));

        result.Result.Succeeded.Should().BeTrue();
        var stored = (await ActivityCountAsync()).Options.OrderBy(o => o.Order).ToList();
        stored[2].Label.Should().Be("8 of meer");
        stored[2].MinValue.Should().Be(8);
        stored[2].MaxValue.Should().BeNull();
        stored.Select(o => o.Key).Should().Equal(question.Options.OrderBy(o => o.Order).Select(o => o.Key), "keys never change");
        AnswerRules.WarnNumber(await ActivityCountAsync(), 250).Should().BeNull("250 falls in ‘8 of meer’");
    }

    [Fact]
    public async Task A_gap_is_refused_with_the_message_for_the_field_and_nothing_is_stored()
    {
        await SeedDemoDataAsync();
        await SetStatusAsync(EditionStatus.Draft);
        var question = await ActivityCountAsync();
        var buckets = OpenEnded(question);
        buckets[1] = buckets[1] with { Min = 6 };

        var result = await Editor.SaveAsync(Actor.System(), question.Id, buckets);

        result.Result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle(e => e.OptionId == buckets[1].OptionId && e.Field == "min" && e.Message.Contains("gat"));
        (await ActivityCountAsync()).Options.Should().NotContain(o => o.Label == "8 of meer");
    }

    [Fact]
    public async Task Buckets_of_an_open_edition_and_edits_by_a_member_are_refused()
    {
        await SeedDemoDataAsync(); // 2025 is open in the demo
        var question = await ActivityCountAsync();

        (await Editor.SaveAsync(Actor.System(), question.Id, OpenEnded(question))).Result.Error.Should().Be(BucketEditor.NotDraftMessage);
        await SetStatusAsync(EditionStatus.Draft);
        var organisationId = await ExecuteDbContextAsync(db => db.Organisations.Select(o => o.Id).FirstAsync());
        (await Editor.SaveAsync(Actor.Member("lid", "Lid", organisationId), question.Id, OpenEnded(question))).Result.Error.Should().Be(Actor.NotAllowedMessage);
        (await ActivityCountAsync()).Options.Should().NotContain(o => o.Label == "8 of meer");
    }

    [Fact]
    public async Task Staff_add_a_bucket_with_a_key_from_its_text_and_remove_one_and_the_report_order_follows()
    {
        await SeedDemoDataAsync();
        await SetStatusAsync(EditionStatus.Draft);
        var question = await ActivityCountAsync();
        var options = question.Options.Where(o => !o.IsRetired).OrderBy(o => o.Order).ToList();
        var removedKey = options[^1].Key;
        List<BucketBounds> buckets =
        [
            new(options[0].Id, "1 tot 4 activiteiten", 1, 4),
            new(options[1].Id, "5 tot 7 activiteiten", 5, 7),
            new(-1, "8 tot 11 activiteiten", 8, 11),
            new(-2, "12 of meer", 12, null),
        ];

        var result = await Editor.SaveAsync(Actor.System(), question.Id, buckets);

        result.Result.Succeeded.Should().BeTrue(result.Result.Error);
        var stored = (await ActivityCountAsync()).Options.OrderBy(o => o.Order).ToList();
        stored.Select(o => (o.Label, o.MinValue, o.MaxValue)).Should().Equal(
            ("1 tot 4 activiteiten", 1, 4), ("5 tot 7 activiteiten", 5, 7), ("8 tot 11 activiteiten", 8, 11), ("12 of meer", 12, (int?)null));
        stored[2].Key.Should().Be("8_tot_11_activiteiten");
        stored[3].Key.Should().Be("12_of_meer");
        stored.Should().NotContain(o => o.Key == removedKey, "a bucket no answer refers to is deleted");
        AnswerRules.WarnNumber(await ActivityCountAsync(), 40).Should().BeNull("40 falls in ‘12 of meer’");
    }

    [Fact]
    public async Task Removing_every_bucket_or_sending_an_unknown_one_is_refused_and_nothing_changes()
    {
        await SeedDemoDataAsync();
        await SetStatusAsync(EditionStatus.Draft);
        var question = await ActivityCountAsync();
        var before = question.Options.OrderBy(o => o.Order).Select(o => (o.Key, o.Label, o.MinValue, o.MaxValue)).ToList();

        (await Editor.SaveAsync(Actor.System(), question.Id, [])).Result.Error.Should().Be(BucketEditor.AtLeastOneMessage);
        (await Editor.SaveAsync(Actor.System(), question.Id, [new(int.MaxValue, "1 of meer", 1, null)])).Result.Error
            .Should().Be(BucketEditor.ChangedMessage, "an option of another question (or one removed meanwhile) is not this question's");
        var first = question.Options.OrderBy(o => o.Order).First().Id;
        (await Editor.SaveAsync(Actor.System(), question.Id, [new(first, "1 tot 4", 1, 4), new(first, "5 of meer", 5, null)])).Result.Error
            .Should().Be(BucketEditor.ChangedMessage, "one bucket cannot be sent twice");

        (await ActivityCountAsync()).Options.OrderBy(o => o.Order).Select(o => (o.Key, o.Label, o.MinValue, o.MaxValue))
            .Should().Equal(before);
    }
}
