using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Benchmarks;
using NvzhSurvey.Core.Editions;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class BenchmarkNetworkFigureConfiguration : IEntityTypeConfiguration<BenchmarkNetworkFigure>
{
    public void Configure(EntityTypeBuilder<BenchmarkNetworkFigure> builder)
    {
        builder.HasKey(f => new { f.EditionId, f.Figure });
        builder.Property(f => f.Figure).HasMaxLength(32);
        builder.HasOne<Edition>().WithMany().HasForeignKey(f => f.EditionId).OnDelete(DeleteBehavior.Cascade);
    }
}
