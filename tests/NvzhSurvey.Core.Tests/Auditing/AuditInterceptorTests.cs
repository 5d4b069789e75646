using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Tests.Auditing;

public class AuditInterceptorTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private sealed class Staff : ICurrentActor
    {
        public string? UserId => "user-1";
        public string? UserName => "medewerker@nvzh.example";
    }

    [Fact]
    public async Task Changing_an_organisation_writes_who_what_old_and_new_value()
    {
        await InsertAsync(new Organisation { Key = "org-1", Name = "Stichting Proef", City = "Lindehoven" });
        await using (var db = Database.CreateDbContext(new Staff()))
        {
            var organisation = await db.Organisations.SingleAsync();
            organisation.City = "Zuiderwold";
            await db.SaveChangesAsync();
        }

        var entry = await ExecuteDbContextAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "Modified"));
        entry.Should().BeEquivalentTo(new
        {
            EntityType = "Organisation",
            Field = "City",
            OldValue = "Lindehoven",
            NewValue = "Zuiderwold",
            UserName = "medewerker@nvzh.example",
            UserId = "user-1",
        });
        entry.At.Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Answer_changes_are_audited_with_question_and_option_keys()
    {
        await SeedDemoDataAsync();
        var (responseId, fteId) = await ExecuteDbContextAsync(async db =>
        {
            var response = await db.Responses.OrderBy(r => r.Id).FirstAsync();
            var fte = await db.Questions.SingleAsync(q => q.Key == "fte" && q.Section!.Edition!.Id == response.EditionId);
            return (response.Id, fte.Id);
        });
        var sourceOption = await ExecuteDbContextAsync(db => db.QuestionOptions
            .Where(o => o.Key == "province" && o.Question!.Key == "funding_sources")
            .Where(o => db.Responses.Any(r => r.Id == responseId && r.EditionId == o.Question!.Section!.EditionId))
            .SingleAsync());

        await using (var db = Database.CreateDbContext(new Staff()))
        {
            var answer = await db.Answers.SingleAsync(a => a.ResponseId == responseId && a.QuestionId == fteId);
            var before = answer.NumberValue;
            answer.NumberValue = 12.5m;
            db.Answers.Add(new Answer { ResponseId = responseId, QuestionId = sourceOption.QuestionId, OptionId = sourceOption.Id });
            await db.SaveChangesAsync();
            before.Should().NotBe(12.5m);
        }

        var entries = await ExecuteDbContextAsync(db => db.AuditEntries
            .Where(a => a.ResponseId == responseId && a.UserName == "medewerker@nvzh.example").ToListAsync());
        entries.Should().Contain(e => e.Field == "fte" && e.Action == "Modified" && e.NewValue == "12.5" && e.OldValue != null);
        entries.Should().Contain(e => e.Field == "funding_sources" && e.Action == "Added" && e.NewValue == "province");
        entries.Should().HaveCount(2).And.OnlyContain(e => e.OrganisationId != null && e.UserId == "user-1");
    }

    [Fact]
    public async Task A_failed_save_writes_no_audit_rows()
    {
        await InsertAsync(new Organisation { Key = "org-1", Name = "Stichting Proef" });
        await using (var db = CreateDbContext())
        {
            db.Organisations.Add(new Organisation { Key = "org-1", Name = "Dubbele sleutel" });
            await db.Invoking(d => d.SaveChangesAsync()).Should().ThrowAsync<DbUpdateException>();
        }

        (await ExecuteDbContextAsync(db => db.AuditEntries.CountAsync(a => a.NewValue == "Dubbele sleutel"))).Should().Be(0);
    }
}
