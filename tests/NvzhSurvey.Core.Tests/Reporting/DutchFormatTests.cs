using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Core.Tests.Reporting;

public class DutchFormatTests
{
    [Fact]
    public void Figures_are_formatted_as_in_the_publication()
    {
        DutchFormat.Euro(23_463_188m).Should().Be("€ 23.463.188");
        DutchFormat.Decimal(240.56m, 2).Should().Be("240,56");
        DutchFormat.Decimal(2.2m, 1).Should().Be("2,2");
        DutchFormat.Percent(88).Should().Be("88%");
        DutchFormat.Organisations(22).Should().Be("22 ZHO's");
        DutchFormat.Organisations(1).Should().Be("1 ZHO");
        DutchFormat.Change(4).Should().Be("+4");
        DutchFormat.Change(-2).Should().Be("−2");
        DutchFormat.Change(0.15m, 2).Should().Be("+0,15");
    }
}
