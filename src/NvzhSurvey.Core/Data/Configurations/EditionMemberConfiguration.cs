using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Editions.Membership;
using NvzhSurvey.Core.Organisations;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class EditionMemberConfiguration : IEntityTypeConfiguration<EditionMember>
{
    public void Configure(EntityTypeBuilder<EditionMember> builder)
    {
        builder.HasIndex(m => new { m.EditionId, m.OrganisationId, m.Kind }).IsUnique();
        builder.HasOne<Edition>().WithMany().HasForeignKey(m => m.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
