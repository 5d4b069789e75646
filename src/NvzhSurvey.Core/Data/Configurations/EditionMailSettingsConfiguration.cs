using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Cycle;
using NvzhSurvey.Core.Editions;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class EditionMailSettingsConfiguration : IEntityTypeConfiguration<EditionMailSettings>
{
    public void Configure(EntityTypeBuilder<EditionMailSettings> builder)
    {
        builder.HasKey(s => s.EditionId);
        builder.Property(s => s.EditionId).ValueGeneratedNever();
        builder.Property(s => s.InvitationSubject).HasMaxLength(200);
        builder.Property(s => s.InvitationBody).HasMaxLength(8000);
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasOne<Edition>().WithOne().HasForeignKey<EditionMailSettings>(s => s.EditionId).OnDelete(DeleteBehavior.Cascade);
    }
}
