using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Editions.Membership;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Reporting.Checks;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Data;

/// <summary>
/// The one database of NvzhSurvey: survey data, Identity and data-protection keys.
/// </summary>
/// <remarks>
/// Add a migration from the repository root with
/// <c>dotnet ef migrations add NAME --project src/NvzhSurvey.Core --startup-project src/NvzhSurvey.Core --output-dir Data/Migrations</c>
/// (install the tool with <c>dotnet tool restore</c>). The design-time factory reads <c>ConnectionStrings__Survey</c>.
/// In Blazor Server use <c>IDbContextFactory&lt;SurveyDbContext&gt;</c> and one context per operation.
/// </remarks>
public class SurveyDbContext(DbContextOptions<SurveyDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<Edition> Editions => Set<Edition>();
    public DbSet<EditionText> EditionTexts => Set<EditionText>();
    public DbSet<PublicationSnapshot> PublicationSnapshots => Set<PublicationSnapshot>();
    public DbSet<EditionMember> EditionMembers => Set<EditionMember>();
    public DbSet<Benchmarks.BenchmarkFigureValue> BenchmarkFigureValues => Set<Benchmarks.BenchmarkFigureValue>();
    public DbSet<Benchmarks.BenchmarkChoice> BenchmarkChoices => Set<Benchmarks.BenchmarkChoice>();
    public DbSet<Benchmarks.BenchmarkNetworkFigure> BenchmarkNetworkFigures => Set<Benchmarks.BenchmarkNetworkFigure>();
    public DbSet<Benchmarks.BenchmarkNetworkChoice> BenchmarkNetworkChoices => Set<Benchmarks.BenchmarkNetworkChoice>();
    public DbSet<DataCheckResolution> DataCheckResolutions => Set<DataCheckResolution>();
    public DbSet<Publication.PublicationBranding> PublicationBrandings => Set<Publication.PublicationBranding>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Question> Questions => Set<Question>();
    public DbSet<QuestionOption> QuestionOptions => Set<QuestionOption>();
    public DbSet<TextList> TextLists => Set<TextList>();
    public DbSet<Response> Responses => Set<Response>();
    public DbSet<Answer> Answers => Set<Answer>();
    public DbSet<FreeText> FreeTexts => Set<FreeText>();
    public DbSet<ResponseLocation> ResponseLocations => Set<ResponseLocation>();
    public DbSet<ResponseSectionState> ResponseSectionStates => Set<ResponseSectionState>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Mail.OutboxMail> OutboxMails => Set<Mail.OutboxMail>();
    public DbSet<Cycle.EditionMailSettings> EditionMailSettings => Set<Cycle.EditionMailSettings>();
    public DbSet<Cycle.CycleMailing> CycleMailings => Set<Cycle.CycleMailing>();
    public DbSet<Cycle.InterviewAppointment> InterviewAppointments => Set<Cycle.InterviewAppointment>();

    /// <summary>Read-only view of the security log; write through <see cref="Security.SecurityLog"/>.</summary>
    public IQueryable<Security.SecurityLogEntry> SecurityLog => Set<Security.SecurityLogEntry>().AsNoTracking();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // HiLo keys are known as soon as an entity is added, so audit rows can name new entities
        // and be written in the same transaction as the change itself.
        builder.UseHiLo();
        builder.ApplyConfigurationsFromAssembly(typeof(SurveyDbContext).Assembly);
    }
}
