using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Editions;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class PublicationSnapshotConfiguration : IEntityTypeConfiguration<PublicationSnapshot>
{
    public void Configure(EntityTypeBuilder<PublicationSnapshot> builder)
    {
        builder.HasIndex(s => s.EditionId);
        builder.HasOne<Edition>().WithMany().HasForeignKey(s => s.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Json).HasColumnType("jsonb");
    }
}
