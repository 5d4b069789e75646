using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Tests.Questionnaires;

public class BucketRulesTests
{
    private static BucketBounds B(int id, int? min, int? max, string label = "klasse") => new(id, label, min, max);

    [Fact]
    public void Adjoining_buckets_with_an_open_ended_last_one_are_fine() =>
        BucketRules.Check([B(1, 1, 4), B(2, 5, 7), B(3, 8, null, "8 of meer")]).Should().BeEmpty();

    [Fact]
    public void A_gap_is_named_next_to_the_lower_bound_of_the_bucket_after_it() =>
        BucketRules.Check([B(1, 1, 4), B(2, 6, 7)]).Should().ContainSingle()
            .Which.Should().Be(new BucketError(2, "min", "Er zit een gat tussen de klassen: 5 valt nergens in. Begin bij 5."));

    [Fact]
    public void An_overlap_names_the_bucket_it_overlaps() =>
        BucketRules.Check([B(1, 1, 4, "1 tot 4"), B(2, 4, 7)]).Should().ContainSingle()
            .Which.Should().Be(new BucketError(2, "min", "Overlapt met ‘1 tot 4’ (tot en met 4). Begin bij 5."));

    [Fact]
    public void Only_the_last_bucket_may_be_open_ended_and_every_bucket_needs_a_text_and_a_lower_bound()
    {
        var errors = BucketRules.Check([B(1, 1, null), B(2, null, 7, " ")]);

        errors.Should().BeEquivalentTo(new[]
        {
            new BucketError(1, "max", "Alleen de laatste klasse mag zonder bovengrens (‘8 of meer’)."),
            new BucketError(2, "label", "Vul een tekst in, bijvoorbeeld ‘1 tot 4 activiteiten’."),
            new BucketError(2, "min", "Vul een ondergrens in."),
        });
    }

    [Fact]
    public void An_upper_bound_below_the_lower_bound_is_refused() =>
        BucketRules.Check([B(1, 5, 3)]).Should().ContainSingle().Which.Field.Should().Be("max");
}
