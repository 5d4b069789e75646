using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Web.Features.Accounts;
using NvzhSurvey.Web.Features.Editions;

namespace NvzhSurvey.Web.Tests.Editions;

/// <summary>The bucket editor checks with the shared BucketRules before it asks the server (which is tested in Core).</summary>
public class BucketsEditorTests : ComponentTest
{
    public BucketsEditorTests()
    {
        Context.Services.AddSingleton<IDbContextFactory<SurveyDbContext>, NoDatabase>();
        Context.Services.AddSingleton<BucketEditor>();
        Context.Services.AddSingleton<ActorResolver>();
    }

    private static Question ActivityCount() => new()
    {
        Id = 7, Key = "activity_count", Label = "Aantal door en voor activiteiten", Kind = QuestionKind.IntegerBuckets,
        Options =
        [
            new() { Id = 1, Key = "1-4", Label = "1 tot 4 activiteiten", MinValue = 1, MaxValue = 4, Order = 1 },
            new() { Id = 2, Key = "5-7", Label = "5 tot 7 activiteiten", MinValue = 5, MaxValue = 7, Order = 2 },
            new() { Id = 3, Key = "8-10", Label = "8 tot 10 activiteiten", MinValue = 8, MaxValue = 10, Order = 3 },
        ],
    };

    [Fact]
    public void An_overlap_is_shown_in_Dutch_next_to_the_lower_bound_and_nothing_is_sent()
    {
        var editor = Context.Render<BucketsEditor>(p => p.Add(c => c.Question, ActivityCount()).Add(c => c.IsDraft, true));

        editor.FindAll("[data-testid=bucket-row]").Should().HaveCount(3);
        editor.FindAll("[data-testid=bucket-row]")[1].QuerySelectorAll("input")[1].Change("3"); // text, from, to: "from"
        editor.Find("[data-testid=save-buckets]").Click();

        var second = editor.FindAll("[data-testid=bucket-row]")[1];
        second.TextContent.Should().Contain("Overlapt met ‘1 tot 4 activiteiten’ (tot en met 4). Begin bij 5.");
        editor.FindAll("[data-testid=bucket-row]")[0].TextContent.Should().NotContain("Overlapt");
        editor.Find("[data-testid=buckets-message]").TextContent.Should().Be("Controleer de indeling.");
    }

    [Fact]
    public void A_new_bucket_starts_one_above_the_last_and_a_removed_one_takes_its_messages_along()
    {
        var editor = Context.Render<BucketsEditor>(p => p.Add(c => c.Question, ActivityCount()).Add(c => c.IsDraft, true));

        editor.Find("[data-testid=add-bucket]").Click();

        var rows = editor.FindAll("[data-testid=bucket-row]");
        rows.Should().HaveCount(4);
        rows[3].QuerySelectorAll("input")[1].GetAttribute("value").Should().Be("11", "the new bucket starts one above ‘8 tot 10’");
        editor.Find("[data-testid=save-buckets]").Click(); // the new bucket has no text yet
        editor.FindAll("[data-testid=bucket-row]")[3].TextContent.Should().Contain("Vul een tekst in");

        editor.FindAll("[data-testid=remove-bucket]")[3].Click();

        editor.FindAll("[data-testid=bucket-row]").Should().HaveCount(3);
        editor.Markup.Should().NotContain("Vul een tekst in");
    }

    [Fact]
    public void Outside_a_draft_edition_the_buckets_are_not_editable()
    {
        var editor = Context.Render<BucketsEditor>(p => p.Add(c => c.Question, ActivityCount()).Add(c => c.IsDraft, false));

        editor.FindAll("input").Should().BeEmpty();
        editor.Markup.Should().Contain(BucketEditor.NotDraftMessage);
    }

    /// <summary>Any database access would fail the test: invalid input never reaches the server.</summary>
    private sealed class NoDatabase : IDbContextFactory<SurveyDbContext>
    {
        public SurveyDbContext CreateDbContext() => throw new InvalidOperationException("The editor must not save invalid buckets.");
    }
}
