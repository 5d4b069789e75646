using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class FreeTextConfiguration : IEntityTypeConfiguration<FreeText>
{
    public void Configure(EntityTypeBuilder<FreeText> builder)
    {
        builder.HasIndex(t => new { t.ResponseId, t.QuestionId });
        builder.Property(t => t.Text).HasMaxLength(1000);
        builder.Property(t => t.ListKey).HasMaxLength(64);
        builder.HasOne<Question>().WithMany().HasForeignKey(t => t.QuestionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<QuestionOption>().WithMany().HasForeignKey(t => t.OptionId).OnDelete(DeleteBehavior.Restrict);
    }
}
