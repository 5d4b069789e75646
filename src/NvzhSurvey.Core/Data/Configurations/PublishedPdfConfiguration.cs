using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Publication;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class PublishedPdfConfiguration : IEntityTypeConfiguration<PublishedPdf>
{
    public void Configure(EntityTypeBuilder<PublishedPdf> builder)
    {
        builder.HasOne<PublicationSnapshot>().WithMany().HasForeignKey(p => p.SnapshotId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.InputHash).HasMaxLength(64);
        builder.HasIndex(p => new { p.SnapshotId, p.InputHash }).IsUnique();
    }
}
