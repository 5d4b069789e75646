using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Benchmarks;
using NvzhSurvey.Core.Editions;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class BenchmarkNetworkChoiceConfiguration : IEntityTypeConfiguration<BenchmarkNetworkChoice>
{
    public void Configure(EntityTypeBuilder<BenchmarkNetworkChoice> builder)
    {
        // Its own identity column, not HiLo: rows are inserted by one INSERT … SELECT when publishing.
        builder.Property(c => c.Id).UseIdentityByDefaultColumn();
        builder.HasIndex(c => c.EditionId);
        builder.HasOne<Edition>().WithMany().HasForeignKey(c => c.EditionId).OnDelete(DeleteBehavior.Cascade);
    }
}
