using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Editions;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class EditionConfiguration : IEntityTypeConfiguration<Edition>
{
    public void Configure(EntityTypeBuilder<Edition> builder)
    {
        builder.HasIndex(e => e.Year).IsUnique();
        builder.Property(e => e.Version).IsRowVersion();
        builder.HasMany(e => e.Sections).WithOne(s => s.Edition).HasForeignKey(s => s.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Texts).WithOne().HasForeignKey(t => t.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(e => e.IsReadOnly);
        builder.Ignore(e => e.AcceptsAnswers);
    }
}
