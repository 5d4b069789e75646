using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Data.Configurations;

internal sealed class AnswerConfiguration : IEntityTypeConfiguration<Answer>
{
    public void Configure(EntityTypeBuilder<Answer> builder)
    {
        builder.HasIndex(a => new { a.ResponseId, a.QuestionId });
        // The report reads numbers from this small partial index alone (index-only scan); option counts use the one below.
        builder.HasIndex(a => a.ResponseId, "IX_Answers_Numbers")
            .IncludeProperties(a => new { a.QuestionId, a.NumberValue })
            .HasFilter("\"NumberValue\" IS NOT NULL");
        // One row per selected option; the partial index keeps a selection from being stored twice.
        builder.HasIndex(a => new { a.ResponseId, a.OptionId }).IsUnique().HasFilter("\"OptionId\" IS NOT NULL");
        builder.Property(a => a.NumberValue).HasPrecision(14, 2);
        // Restrict: an option or question that has answers cannot be deleted, only retired.
        builder.HasOne<Question>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<QuestionOption>().WithMany().HasForeignKey(a => a.OptionId).OnDelete(DeleteBehavior.Restrict);
    }
}
