using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Organisations;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.HasIndex(o => o.Key).IsUnique();
        builder.Property(o => o.Key).HasMaxLength(64);
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.City).HasMaxLength(100);
        builder.Property(o => o.Website).HasMaxLength(300);
        builder.Property(o => o.ContactEmail).HasMaxLength(256);
        builder.Property(o => o.ParentEntityName).HasMaxLength(200);
        builder.Property(o => o.Version).IsRowVersion();
        builder.HasMany(o => o.Locations).WithOne(l => l.Organisation).HasForeignKey(l => l.OrganisationId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
