using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.HasIndex(q => new { q.SectionId, q.Key }).IsUnique();
        builder.Property(q => q.Key).HasMaxLength(64);
        builder.Property(q => q.ReportKey).HasMaxLength(64);
        builder.Property(q => q.MinValue).HasPrecision(14, 2);
        builder.Property(q => q.MaxValue).HasPrecision(14, 2);
        builder.HasMany(q => q.Options).WithOne(o => o.Question).HasForeignKey(o => o.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(q => q.TextLists).WithOne().HasForeignKey(t => t.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(q => q.EffectiveReportKey);
        builder.Ignore(q => q.InterviewWording);
        builder.Property(q => q.Wording).HasMaxLength(500);
    }
}
