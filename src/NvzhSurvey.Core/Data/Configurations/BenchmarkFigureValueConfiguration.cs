using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Benchmarks;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Organisations;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class BenchmarkFigureValueConfiguration : IEntityTypeConfiguration<BenchmarkFigureValue>
{
    public void Configure(EntityTypeBuilder<BenchmarkFigureValue> builder)
    {
        // Ordered by figure first: the percentiles of one figure read one range of the key.
        builder.HasKey(v => new { v.EditionId, v.Figure, v.OrganisationId });
        builder.Property(v => v.Figure).HasMaxLength(32);
        builder.HasOne<Edition>().WithMany().HasForeignKey(v => v.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(v => v.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
