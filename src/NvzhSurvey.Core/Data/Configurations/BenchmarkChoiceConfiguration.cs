using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Benchmarks;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Organisations;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class BenchmarkChoiceConfiguration : IEntityTypeConfiguration<BenchmarkChoice>
{
    public void Configure(EntityTypeBuilder<BenchmarkChoice> builder)
    {
        // Its own identity column, not HiLo: rows are inserted by one INSERT … SELECT when publishing.
        builder.Property(c => c.Id).UseIdentityByDefaultColumn();
        builder.HasIndex(c => new { c.EditionId, c.QuestionId, c.OptionId });
        builder.HasOne<Edition>().WithMany().HasForeignKey(c => c.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
