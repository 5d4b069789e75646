using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Cycle;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Organisations;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class CycleMailingConfiguration : IEntityTypeConfiguration<CycleMailing>
{
    public void Configure(EntityTypeBuilder<CycleMailing> builder)
    {
        builder.HasIndex(m => new { m.EditionId, m.OrganisationId, m.Kind, m.Day }).IsUnique();
        builder.HasOne<Edition>().WithMany().HasForeignKey(m => m.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
