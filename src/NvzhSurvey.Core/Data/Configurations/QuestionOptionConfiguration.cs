using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class QuestionOptionConfiguration : IEntityTypeConfiguration<QuestionOption>
{
    public void Configure(EntityTypeBuilder<QuestionOption> builder)
    {
        builder.HasIndex(o => new { o.QuestionId, o.Key }).IsUnique();
        builder.Property(o => o.Key).HasMaxLength(64);
        builder.Ignore(o => o.HasDetails);
    }
}
