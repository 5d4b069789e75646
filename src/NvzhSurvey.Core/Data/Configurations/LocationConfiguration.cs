using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Organisations;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> builder)
    {
        builder.Property(l => l.Name).HasMaxLength(200);
        builder.Property(l => l.Street).HasMaxLength(200);
        builder.Property(l => l.Postcode).HasMaxLength(10);
        builder.Property(l => l.City).HasMaxLength(100);
        builder.Property(l => l.HostedAt).HasMaxLength(200);
        builder.Property(l => l.Version).IsRowVersion();
        builder.ToTable(t => t.HasCheckConstraint("ck_locations_dayparts", "\"DaypartsPerWeek\" BETWEEN 0 AND 21"));
    }
}
