using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Reporting.Checks;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class DataCheckResolutionConfiguration : IEntityTypeConfiguration<DataCheckResolution>
{
    public void Configure(EntityTypeBuilder<DataCheckResolution> builder)
    {
        builder.HasIndex(r => new { r.EditionId, r.OrganisationId, r.CheckKey }).IsUnique();
        builder.Property(r => r.CheckKey).HasMaxLength(100);
        builder.Property(r => r.Reason).HasMaxLength(DataCheckResolution.ReasonMaxLength);
        builder.Property(r => r.ResolvedBy).HasMaxLength(256);
        builder.HasOne<Edition>().WithMany().HasForeignKey(r => r.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
