using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Security;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class SecurityLogEntryConfiguration : IEntityTypeConfiguration<SecurityLogEntry>
{
    public void Configure(EntityTypeBuilder<SecurityLogEntry> builder)
    {
        builder.ToTable("SecurityLog");
        // Its own identity column, not HiLo: rows are only ever inserted, one at a time.
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.ActorUserId).HasMaxLength(450);
        builder.Property(e => e.ActorName).HasMaxLength(256);
        builder.Property(e => e.SubjectUserId).HasMaxLength(450);
        builder.Property(e => e.SubjectName).HasMaxLength(256);
        builder.Property(e => e.Description).HasMaxLength(1000);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.Kind, e.At });
    }
}
