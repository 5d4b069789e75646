using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class TextListConfiguration : IEntityTypeConfiguration<TextList>
{
    public void Configure(EntityTypeBuilder<TextList> builder)
    {
        builder.HasIndex(t => new { t.QuestionId, t.Key }).IsUnique();
        builder.Property(t => t.Key).HasMaxLength(64);
    }
}
