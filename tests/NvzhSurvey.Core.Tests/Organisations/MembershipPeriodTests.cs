using NvzhSurvey.Core.Organisations;

namespace NvzhSurvey.Core.Tests.Organisations;

/// <summary>The one rule of "lid sinds" / "lid tot", as the staff form and OrganisationService apply it.</summary>
public class MembershipPeriodTests
{
    private static OrganisationForm Form(DateOnly? since, DateOnly? until) => new() { Name = "Stichting Periode", MemberSince = since, MemberUntil = until };

    [Fact]
    public void Lid_tot_before_lid_sinds_is_refused_with_the_Dutch_message()
    {
        OrganisationService.Validate(Form(new DateOnly(2024, 6, 1), new DateOnly(2023, 12, 31)))
            .Should().Be(OrganisationForm.MemberUntilBeforeSinceMessage);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("2024-06-01", null)]
    [InlineData(null, "2023-12-31")]
    [InlineData("2024-06-01", "2024-06-01")]
    [InlineData("2024-06-01", "2025-12-31")]
    public void An_open_or_ordered_period_is_valid(string? since, string? until)
    {
        OrganisationService.Validate(Form(since is null ? null : DateOnly.Parse(since), until is null ? null : DateOnly.Parse(until)))
            .Should().BeNull();
    }
}
