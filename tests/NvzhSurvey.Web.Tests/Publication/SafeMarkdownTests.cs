using NvzhSurvey.Web.Features.Publication;

namespace NvzhSurvey.Web.Tests.Publication;

/// <summary>Staff Markdown keeps only http/https/mailto links and data: images; CSS strings cannot close the style element.</summary>
public class SafeMarkdownTests
{
    [Theory]
    [InlineData("![kaart](http://169.254.169.254/latest/meta-data/)")]
    [InlineData("![](file:///dev/zero)")]
    [InlineData("![logo](https://nvzh.example/logo.png)")]
    [InlineData("![logo](//nvzh.example/logo.png)")]
    [InlineData("![logo](logo.png)")]
    [InlineData("![svg](data:image/svg+xml;base64,PHN2Zy8+)")]
    public void An_image_that_is_not_an_embedded_picture_is_left_out(string markdown)
    {
        var html = SafeMarkdown.ToHtml("Voor " + markdown + " na");

        html.Should().NotContain("<img").And.Contain("Voor").And.Contain("na");
    }

    [Fact]
    public void An_embedded_png_stays()
    {
        var html = SafeMarkdown.ToHtml("![grafiek](data:image/png;base64,iVBORw0KGgo=)");

        html.Should().Contain("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"grafiek\"");
    }

    [Theory]
    [InlineData("[klik](javascript:alert(1))")]
    [InlineData("[bestand](file:///etc/passwd)")]
    [InlineData("[intern](ftp://intern/)")]
    [InlineData("[relatief](/beheer/gebruikers)")]
    [InlineData("<file:///etc/passwd>")]
    public void A_link_with_another_scheme_becomes_its_text(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        html.Should().NotContain("<a ").And.NotContain("href");
    }

    [Theory]
    [InlineData("[NVZH](https://www.nvzh.nl)", "href=\"https://www.nvzh.nl\"")]
    [InlineData("[site](http://nvzh.example/)", "href=\"http://nvzh.example/\"")]
    [InlineData("[mail](mailto:info@nvzh.example)", "href=\"mailto:info@nvzh.example\"")]
    [InlineData("<https://www.nvzh.nl>", "href=\"https://www.nvzh.nl\"")]
    public void Web_and_mail_links_stay(string markdown, string expected)
    {
        SafeMarkdown.ToHtml(markdown).Should().Contain(expected);
    }

    [Fact]
    public void Raw_html_is_not_passed_through()
    {
        SafeMarkdown.ToHtml("<img src=\"http://127.0.0.1/\"> <script>x()</script>").Should().NotContain("<img").And.NotContain("<script");
    }

    [Fact]
    public void A_css_string_cannot_close_the_style_element()
    {
        var css = PrinterHardening.CssString("Hoofdstuk </style><script>alert(\"x\")</script>\\");

        css.Should().NotContain("<").And.Contain("\\3C /style>").And.Contain("\\\"x\\\"").And.EndWith("\\\\");
    }
}
