using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Publication;
using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Core.Tests.Publication;

public class PublicationSnapshotsTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private PublicationSnapshots Snapshots => new(Database.CreateFactory(), TimeProvider.System);

    [Fact]
    public async Task Publishing_stores_the_exact_input_and_marks_the_edition_published()
    {
        await SeedDemoDataWith2024ClosedAsync();
        var live = await new PublicationInputBuilder(Database.CreateFactory()).BuildAsync(2024);

        var published = await Snapshots.PublishAsync(2024, "bestuur@nvzh.example");

        var (edition, snapshot) = await ExecuteDbContextAsync(async db => (
            await db.Editions.SingleAsync(e => e.Year == 2024),
            await db.PublicationSnapshots.SingleAsync()));
        edition.Status.Should().Be(EditionStatus.Published);
        edition.PublishedAt.Should().Be(published.CreatedAt);
        snapshot.EditionId.Should().Be(edition.Id);
        snapshot.CreatedBy.Should().Be("bestuur@nvzh.example");
        var stored = PublicationSerializer.Deserialize(snapshot.Json);
        stored.Report.Provisional.Should().BeFalse("what is published is no longer provisional");
        live!.Report.Provisional.Should().BeTrue();
        PublicationSerializer.Serialize(stored).Should().Be(PublicationSerializer.Serialize(live with { Report = live.Report with { Provisional = false } }),
            "jsonb reorders keys, the round trip must still be exact");
    }

    [Fact]
    public async Task A_published_edition_is_regenerated_from_its_snapshot_after_answers_and_profiles_change()
    {
        await SeedDemoDataWith2024ClosedAsync();
        await Snapshots.PublishAsync(2024, "beheer@nvzh.example");
        var atPublication = (await Snapshots.LoadAsync(2024))!;

        await ExecuteDbContextAsync(async db =>
        {
            // Change data behind the published edition's back: drop an answer, rename a named organisation.
            var answer = await db.Answers.OrderBy(a => a.Id).FirstAsync(a => a.OptionId != null);
            db.Answers.Remove(answer);
            var organisation = await db.Organisations.OrderBy(o => o.Id).FirstAsync(o => o.ConsentToBeNamed);
            organisation.Name = "Hernoemde organisatie";
            await db.SaveChangesAsync();
        });
        var reloaded = (await Snapshots.LoadAsync(2024))!;
        var live = await new PublicationInputBuilder(Database.CreateFactory()).BuildAsync(2024);

        atPublication.IsSnapshot.Should().BeTrue();
        PublicationSerializer.Serialize(reloaded.Input).Should().Be(PublicationSerializer.Serialize(atPublication.Input));
        ReportJson.Write(reloaded.Input.Report).ToJsonString().Should().NotBe(ReportJson.Write(live!.Report).ToJsonString(), "the live figures did change");
        reloaded.Input.Appendix.Organisations.Should().NotContain(o => o.Name == "Hernoemde organisatie");
        live.Appendix.Organisations.Should().Contain(o => o.Name == "Hernoemde organisatie");
    }

    [Fact]
    public async Task An_unpublished_edition_is_laid_out_from_live_data_with_the_requested_options()
    {
        await SeedDemoDataWith2024ClosedAsync();

        var source = await Snapshots.LoadAsync(2024, new PublicationOptions(CompareWithPrevious: true));

        source!.IsSnapshot.Should().BeFalse();
        source.Input.Options.CompareWithPrevious.Should().BeTrue();
        source.Input.ShowsComparison.Should().BeFalse("2024 has no previous edition");
        (await Snapshots.LoadAsync(1999)).Should().BeNull();
    }

    [Fact]
    public async Task Publishing_twice_or_an_unknown_edition_gives_a_clear_Dutch_error_and_stores_nothing_more()
    {
        await SeedDemoDataWith2024ClosedAsync();
        await Snapshots.PublishAsync(2024, null);

        var again = () => Snapshots.PublishAsync(2024, null);
        var unknown = () => Snapshots.PublishAsync(1999, null);

        await again.Should().ThrowAsync<PublicationException>().WithMessage("Editie 2024 is al gepubliceerd.");
        await unknown.Should().ThrowAsync<PublicationException>().WithMessage("Editie 1999 bestaat niet.");
        (await ExecuteDbContextAsync(db => db.PublicationSnapshots.CountAsync())).Should().Be(1);
    }

    [Fact]
    public async Task The_latest_snapshot_wins()
    {
        await SeedDemoDataWith2024ClosedAsync();
        await Snapshots.PublishAsync(2024, "eerste");
        await ExecuteDbContextAsync(async db =>
        {
            var edition = await db.Editions.SingleAsync(e => e.Year == 2024);
            var first = await db.PublicationSnapshots.SingleAsync();
            var changed = PublicationSerializer.Deserialize(first.Json) with { Texts = [new PublicationText("introduction", "Tweede versie")] };
            db.PublicationSnapshots.Add(new PublicationSnapshot
            {
                EditionId = edition.Id, CreatedAt = first.CreatedAt.AddMinutes(5), CreatedBy = "tweede", Json = PublicationSerializer.Serialize(changed),
            });
            await db.SaveChangesAsync();
        });

        var source = await Snapshots.LoadAsync(2024);

        source!.Snapshot!.CreatedBy.Should().Be("tweede");
        source.Input.Text("introduction").Should().Be("Tweede versie");
    }
}
