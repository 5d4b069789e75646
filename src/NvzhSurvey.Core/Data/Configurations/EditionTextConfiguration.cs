using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Editions;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class EditionTextConfiguration : IEntityTypeConfiguration<EditionText>
{
    public void Configure(EntityTypeBuilder<EditionText> builder)
    {
        builder.HasIndex(t => new { t.EditionId, t.Key }).IsUnique();
        builder.Property(t => t.Key).HasMaxLength(100);
        builder.Property(t => t.Version).IsRowVersion();
    }
}
