using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class ResponseConfiguration : IEntityTypeConfiguration<Response>
{
    public void Configure(EntityTypeBuilder<Response> builder)
    {
        builder.HasIndex(r => new { r.EditionId, r.OrganisationId }).IsUnique();
        builder.Property(r => r.Version).IsRowVersion();
        builder.Property(r => r.Interviewer).HasMaxLength(200);
        builder.Property(r => r.LastChangedBy).HasMaxLength(256);
        builder.HasOne(r => r.Edition).WithMany().HasForeignKey(r => r.EditionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Organisation).WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.FreeTexts).WithOne().HasForeignKey(t => t.ResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Locations).WithOne().HasForeignKey(l => l.ResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.SectionStates).WithOne().HasForeignKey(s => s.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}
