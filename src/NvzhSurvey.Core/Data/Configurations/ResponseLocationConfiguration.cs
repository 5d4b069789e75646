using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class ResponseLocationConfiguration : IEntityTypeConfiguration<ResponseLocation>
{
    public void Configure(EntityTypeBuilder<ResponseLocation> builder)
    {
        builder.HasIndex(l => l.ResponseId);
        builder.Property(l => l.Name).HasMaxLength(200);
        builder.Property(l => l.City).HasMaxLength(100);
        builder.HasOne<Location>().WithMany().HasForeignKey(l => l.LocationId).OnDelete(DeleteBehavior.SetNull);
    }
}
