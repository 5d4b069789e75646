using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class ResponseSectionStateConfiguration : IEntityTypeConfiguration<ResponseSectionState>
{
    public void Configure(EntityTypeBuilder<ResponseSectionState> builder)
    {
        builder.HasIndex(s => new { s.ResponseId, s.SectionId }).IsUnique();
        builder.HasOne<Section>().WithMany().HasForeignKey(s => s.SectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
