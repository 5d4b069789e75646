using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Publication;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Reporting;
using NvzhSurvey.Core.Security;

namespace NvzhSurvey.Core.Tests.Security;

public class SecurityLogTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private static readonly SecurityActor Admin = new("admin-1", "Beheerder Een");

    private SecurityLog Log(TimeProvider? clock = null) => new(Database.CreateFactory(), clock ?? TimeProvider.System);

    [Fact]
    public async Task A_line_is_stored_with_actor_time_and_subject_and_found_by_kind_person_and_Dutch_period()
    {
        // 23:30 UTC on 31 March 2026 is already 1 April in Amsterdam (summer time, UTC+2).
        await Log(new FixedClock(new DateTimeOffset(2026, 3, 31, 23, 30, 0, TimeSpan.Zero)))
            .RecordAsync(Admin, SecurityEvent.RoleChanged, "Rol Bestuur → Medewerker", new SecuritySubject("user-9", "Negen"));
        await Log(new FixedClock(new DateTimeOffset(2026, 3, 31, 12, 0, 0, TimeSpan.Zero)))
            .RecordAsync(Admin, SecurityEvent.AccountDisabled, "Account uitgeschakeld", new SecuritySubject("user-8", "Acht"));

        var april = await Log().SearchAsync(new SecurityLogFilter(From: new DateOnly(2026, 4, 1), To: new DateOnly(2026, 4, 1)));
        var byKind = await Log().SearchAsync(new SecurityLogFilter(Kind: SecurityEvent.AccountDisabled));
        var bySubject = await Log().SearchAsync(new SecurityLogFilter(UserId: "user-9"));
        var byActor = await Log().SearchAsync(new SecurityLogFilter(UserId: "admin-1"));

        april.Should().ContainSingle().Which.Should().Match<SecurityLogLine>(l =>
            l.Kind == SecurityEvent.RoleChanged && l.Actor == "Beheerder Een" && l.Subject == "Negen" && l.Description == "Rol Bestuur → Medewerker");
        byKind.Should().ContainSingle().Which.Subject.Should().Be("Acht");
        bySubject.Should().ContainSingle().Which.Kind.Should().Be(SecurityEvent.RoleChanged);
        byActor.Select(l => l.Kind).Should().Equal(SecurityEvent.RoleChanged, SecurityEvent.AccountDisabled);
    }

    [Fact]
    public async Task A_line_about_an_address_shows_the_persons_display_name_once_the_address_has_an_account()
    {
        await Log().RecordAsync(Admin, SecurityEvent.InvitationSent, "Uitnodiging als Medewerker", SecuritySubject.Named("anne@nvzh.example"));
        await Log().RecordAsync(Admin, SecurityEvent.InvitationSent, "Uitnodiging als Bestuur", SecuritySubject.Named("nog-niemand@nvzh.example"));
        (await Log().SearchAsync(new SecurityLogFilter())).Select(l => l.Subject).Should().BeEquivalentTo("anne@nvzh.example", "nog-niemand@nvzh.example");

        await InsertAsync(new NvzhSurvey.Core.Accounts.AppUser
        {
            Id = "anne", UserName = "anne@nvzh.example", NormalizedUserName = "ANNE@NVZH.EXAMPLE",
            Email = "anne@nvzh.example", NormalizedEmail = "ANNE@NVZH.EXAMPLE", DisplayName = "Anne de Vries",
        });

        (await Log().SearchAsync(new SecurityLogFilter())).Select(l => l.Subject).Should().BeEquivalentTo("Anne de Vries", "nog-niemand@nvzh.example");
    }

    [Fact]
    public async Task A_line_cannot_be_changed_or_deleted_through_EF_Core()
    {
        await Log().RecordAsync(Admin, SecurityEvent.ApiTokenCreated, "Token ‘x’");
        await using var db = CreateDbContext();
        var entry = await db.Set<SecurityLogEntry>().SingleAsync();

        db.Entry(entry).Property(e => e.Description).CurrentValue = "iets anders";
        var change = () => db.SaveChangesAsync();
        await change.Should().ThrowAsync<InvalidOperationException>().WithMessage(AppendOnlyLogs.RefusedMessage);

        db.ChangeTracker.Clear();
        db.Remove(await db.Set<SecurityLogEntry>().SingleAsync());
        await change.Should().ThrowAsync<InvalidOperationException>().WithMessage(AppendOnlyLogs.RefusedMessage);
    }

    [Fact]
    public async Task The_database_refuses_UPDATE_and_DELETE_of_a_line()
    {
        await Log().RecordAsync(Admin, SecurityEvent.ApiTokenCreated, "Token ‘x’");
        await using var db = CreateDbContext();

        var update = () => db.Set<SecurityLogEntry>().ExecuteUpdateAsync(s => s.SetProperty(e => e.Description, "weg"));
        var delete = () => db.Set<SecurityLogEntry>().ExecuteDeleteAsync();

        (await update.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should().Contain("kan alleen worden aangevuld");
        (await delete.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should().Contain("kan alleen worden aangevuld");
        (await db.SecurityLog.SingleAsync()).Description.Should().Be("Token ‘x’");
    }

    [Fact]
    public async Task Audit_rows_cannot_be_changed_or_deleted_through_EF_Core_either()
    {
        await InsertAsync(new AuditEntry { EntityType = "Organisation", EntityId = "1", Action = "Added", Field = "*", At = DateTimeOffset.UtcNow });
        await using var db = CreateDbContext();
        db.Remove(await db.AuditEntries.FirstAsync());

        var delete = () => db.SaveChangesAsync();

        await delete.Should().ThrowAsync<InvalidOperationException>().WithMessage(AppendOnlyLogs.RefusedMessage);
    }

    [Fact]
    public void The_service_offers_only_inserting_and_reading()
    {
        var methods = typeof(SecurityLog).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Select(m => m.Name).ToList();

        methods.Should().BeEquivalentTo("RecordAsync", "Add", "SearchAsync", "PeopleAsync");
        typeof(SecurityLogEntry).GetProperties().Should().OnlyContain(p => p.SetMethod == null || p.SetMethod.ReturnParameter.GetRequiredCustomModifiers()
            .Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)), "every property is init-only");
    }

    [Fact]
    public async Task Edition_status_changes_publishing_questionnaire_edits_and_hidden_texts_are_logged_with_the_actor()
    {
        await SeedDemoDataAsync();
        var factory = Database.CreateFactory(new FixedActor("staff-1", "medewerker@nvzh.example"));
        var editions = new EditionService(factory, TimeProvider.System);
        await editions.CreateNextAsync(Actor.System());
        // The demo publishes 2024 (and logs that as the system); take it back to closed, so that one of its free texts
        // can still be hidden, and look only at what this test does.
        await ExecuteDbContextAsync(async db =>
        {
            (await db.Editions.SingleAsync(e => e.Year == 2024)).Status = EditionStatus.Closed;
            return await db.SaveChangesAsync();
        });
        var earlier = (await Log().SearchAsync(new SecurityLogFilter())).Count;
        var question = await ExecuteDbContextAsync(db => db.Questions.Where(q => q.Section!.Edition!.Year == 2026 && q.Key == "fte").SingleAsync());
        var text = await ExecuteDbContextAsync(db => (from t in db.FreeTexts
                                                      join r in db.Responses on t.ResponseId equals r.Id
                                                      where r.Edition!.Status != EditionStatus.Published
                                                      select new { t.Id, r.Edition!.Year }).FirstAsync());

        (await new QuestionnaireEditor(factory).UpdateQuestionAsync(Actor.System(), question.Id, "Aantal fte (2026)", question.InterviewWording, question.HelpText, !question.IsRequired)).Succeeded.Should().BeTrue();
        (await editions.ChangeStatusAsync(Actor.System(), 2026, EditionStatus.Open)).Succeeded.Should().BeTrue();
        (await editions.ChangeStatusAsync(Actor.System(), 2026, EditionStatus.Closed)).Succeeded.Should().BeTrue();
        await new PublicationSnapshots(factory, TimeProvider.System).PublishAsync(2026, "medewerker@nvzh.example");
        (await new FreeTextVisibility(factory).SetHiddenAsync(Actor.System(), text.Year, [text.Id], true)).Succeeded.Should().BeTrue();

        var lines = (await Log().SearchAsync(new SecurityLogFilter())).Reverse().Skip(earlier).ToList();
        lines.Should().OnlyContain(l => l.Actor == "medewerker@nvzh.example");
        lines.Select(l => l.Description).Should().StartWith([
            "Vragenlijst 2026: vraag ‘fte’ verplicht, tekst gewijzigd",
            "Editie 2026: In voorbereiding → Open",
            "Editie 2026: Open → Gesloten",
            "Editie 2026 gepubliceerd (Gesloten → Gepubliceerd), met momentopname",
        ]);
        lines.Last().Should().Match<SecurityLogLine>(l => l.Kind == SecurityEvent.TextHidden && l.Description.Contains(text.Id.ToString()));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class FixedActor(string id, string name) : ICurrentActor
    {
        public string? UserId => id;
        public string? UserName => name;
    }
}
