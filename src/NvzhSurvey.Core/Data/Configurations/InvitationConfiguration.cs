using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Organisations;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.Property(i => i.Email).HasMaxLength(256);
        builder.Property(i => i.Role).HasMaxLength(32).HasDefaultValue(Roles.Member);
        builder.Property(i => i.RevokedBy).HasMaxLength(256);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
