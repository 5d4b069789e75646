using System.Text;
using NvzhSurvey.Core.Publication;

namespace NvzhSurvey.Core.Tests.Publication;

public class LogoSanitiserTests
{
    [Fact]
    public void A_png_is_recognised_by_its_signature_and_kept_as_it_is()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

        var result = LogoSanitiser.Sanitise(png);

        result.Succeeded.Should().BeTrue();
        result.ContentType.Should().Be(LogoSanitiser.Png);
        result.Content.Should().Equal(png);
    }

    [Fact]
    public void An_svg_loses_scripts_event_attributes_styles_and_external_references()
    {
        const string svg = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
              <script>alert(2)</script>
              <style>@import url(https://evil.example/x.css);</style>
              <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>
              <defs><linearGradient id="g"><stop offset="0" stop-color="#0f6e78"/></linearGradient></defs>
              <rect width="10" height="10" fill="url(#g)" onclick="steal()" style="fill:url(https://evil.example/a)"/>
              <image href="https://evil.example/tracker.png" width="1" height="1"/>
              <use xlink:href="https://evil.example/sprite.svg#a"/>
              <a href="javascript:alert(3)"><circle r="1" fill="url(https://evil.example/p)"/></a>
            </svg>
            """;

        var result = LogoSanitiser.Sanitise(Encoding.UTF8.GetBytes(svg));

        result.Succeeded.Should().BeTrue();
        result.ContentType.Should().Be(LogoSanitiser.Svg);
        var clean = Encoding.UTF8.GetString(result.Content!);
        clean.Should().NotContainAny("script", "alert", "onload", "onclick", "style", "foreignObject", "evil.example", "javascript:");
        clean.Should().Contain("fill=\"url(#g)\"").And.Contain("<rect");
    }

    [Theory]
    [InlineData("GIF89a....")]
    [InlineData("<html><body>not a logo</body></html>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>")]
    public void Anything_else_is_refused_in_Dutch(string content)
    {
        var result = LogoSanitiser.Sanitise(Encoding.UTF8.GetBytes(content));

        result.Succeeded.Should().BeFalse();
        result.Error.Should().Contain("PNG- of SVG-bestand");
    }
}
