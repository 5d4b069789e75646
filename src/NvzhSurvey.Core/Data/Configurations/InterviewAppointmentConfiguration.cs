using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Cycle;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Organisations;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class InterviewAppointmentConfiguration : IEntityTypeConfiguration<InterviewAppointment>
{
    public void Configure(EntityTypeBuilder<InterviewAppointment> builder)
    {
        builder.HasIndex(a => new { a.EditionId, a.OrganisationId }).IsUnique();
        builder.Property(a => a.Interviewer).HasMaxLength(200);
        builder.HasOne<Edition>().WithMany().HasForeignKey(a => a.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
