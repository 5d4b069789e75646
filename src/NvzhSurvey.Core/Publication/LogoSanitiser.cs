using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace NvzhSurvey.Core.Publication;

/// <summary>
/// Checks an uploaded logo: a PNG (recognised by its signature, not by its name) is kept as it is; an SVG is parsed
/// and rewritten without scripts, event attributes (on…), foreign objects, style sheets and any reference that
/// leaves the file (only "#fragment" and data:image/png|jpeg references stay). Anything else is refused.
/// </summary>
public static class LogoSanitiser
{
    public const int MaxBytes = 512 * 1024;
    public const string Png = "image/png";
    public const string Svg = "image/svg+xml";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly XNamespace SvgNs = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLinkNs = "http://www.w3.org/1999/xlink";

    private static readonly HashSet<string> ForbiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "foreignObject", "iframe", "object", "embed", "style", "link", "meta", "audio", "video",
        "animate", "animateMotion", "animateTransform", "set", "handler", "listener",
    };

    public sealed record Result(bool Succeeded, string? ContentType, byte[]? Content, string? Error);

    public static Result Sanitise(byte[] content)
    {
        if (content.Length == 0)
        {
            return Fail("Het bestand is leeg.");
        }

        if (content.Length > MaxBytes)
        {
            return Fail("Het logo is groter dan 512 kB.");
        }

        if (content.AsSpan().StartsWith(PngSignature))
        {
            return new Result(true, Png, content, null);
        }

        return SanitiseSvg(content);
    }

    private static Result SanitiseSvg(byte[] content)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxBytes * 2L };
            using var reader = XmlReader.Create(new MemoryStream(content), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return Fail("Alleen een PNG- of SVG-bestand kan als logo dienen.");
        }

        if (document.Root is not { } root || root.Name != SvgNs + "svg")
        {
            return Fail("Alleen een PNG- of SVG-bestand kan als logo dienen.");
        }

        foreach (var node in root.DescendantNodesAndSelf().ToList())
        {
            switch (node)
            {
                case XElement element when ForbiddenElements.Contains(element.Name.LocalName) || element.Name.Namespace != SvgNs:
                    element.Remove();
                    break;
                case XProcessingInstruction or XComment:
                    node.Remove();
                    break;
            }
        }

        foreach (var element in root.DescendantsAndSelf())
        {
            foreach (var attribute in element.Attributes().ToList())
            {
                if (!IsAllowed(attribute))
                {
                    attribute.Remove();
                }
            }
        }

        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { OmitXmlDeclaration = true, Encoding = Encoding.UTF8 }))
        {
            root.Save(writer);
        }

        return new Result(true, Svg, Encoding.UTF8.GetBytes(output.ToString()), null);
    }

    private static bool IsAllowed(XAttribute attribute)
    {
        var name = attribute.Name.LocalName;
        if (attribute.IsNamespaceDeclaration)
        {
            return attribute.Value == SvgNs.NamespaceName || attribute.Value == XLinkNs.NamespaceName;
        }

        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
        {
            return false; // event handlers; inline styles can hold url(...) references
        }

        if (attribute.Name.Namespace != XNamespace.None && attribute.Name.Namespace != XLinkNs)
        {
            return false;
        }

        var value = attribute.Value.Trim();
        if (name is "href" or "src")
        {
            return value.StartsWith('#')
                || value.StartsWith("data:image/png", StringComparison.OrdinalIgnoreCase)
                || value.StartsWith("data:image/jpeg", StringComparison.OrdinalIgnoreCase);
        }

        // url(...) in presentation attributes (fill="url(#g)") may only point inside the file.
        return !value.Contains("url(", StringComparison.OrdinalIgnoreCase)
            || System.Text.RegularExpressions.Regex.IsMatch(value, @"^url\(\s*['""]?#[\w\-:.]+['""]?\s*\)$");
    }

    private static Result Fail(string error) => new(false, null, null, error);
}
