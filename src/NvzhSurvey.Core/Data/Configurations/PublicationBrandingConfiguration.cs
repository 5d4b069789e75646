using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Publication;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class PublicationBrandingConfiguration : IEntityTypeConfiguration<PublicationBranding>
{
    public void Configure(EntityTypeBuilder<PublicationBranding> builder)
    {
        builder.ToTable("PublicationBranding");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.AccentColour).HasMaxLength(7);
        builder.Property(b => b.LogoContentType).HasMaxLength(40);
    }
}
