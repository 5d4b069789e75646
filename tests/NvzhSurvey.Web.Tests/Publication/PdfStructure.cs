using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace NvzhSurvey.Web.Tests.Publication;

/// <summary>One element of a tagged PDF's structure tree: its type (H1, Figure, TH, …), alternative text and children.</summary>
public sealed record StructureElement(string Type, string? Alt, IReadOnlyList<StructureElement> Children)
{
    public IEnumerable<StructureElement> DescendantsAndSelf() => Children.SelectMany(c => c.DescendantsAndSelf()).Prepend(this);

    public override string ToString() => Alt is null ? Type : $"{Type} \"{Alt}\"";
}

/// <summary>Reads the structure tree (StructTreeRoot) of a PDF with PdfPig's tokens: what a screen reader follows.</summary>
public static class PdfStructure
{
    public static StructureElement Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var scanner = document.Structure.TokenScanner;
        var root = Resolve<DictionaryToken>(document.Structure.Catalog.CatalogDictionary.Data[NameToken.StructTreeRoot.Data], scanner)
            ?? throw new InvalidOperationException("The PDF has no structure tree.");
        return new StructureElement("StructTreeRoot", null, Kids(root, scanner, depth: 0));
    }

    private static List<StructureElement> Kids(DictionaryToken element, IPdfTokenScanner scanner, int depth)
    {
        if (depth > 200 || !element.Data.TryGetValue("K", out var kids))
        {
            return [];
        }

        var tokens = Resolve<IToken>(kids, scanner) is ArrayToken array ? array.Data : [kids];
        var result = new List<StructureElement>();
        foreach (var token in tokens)
        {
            if (Resolve<IToken>(token, scanner) is DictionaryToken child && child.Data.TryGetValue("S", out var type))
            {
                var name = Resolve<NameToken>(type, scanner)!.Data;
                var alt = child.Data.TryGetValue("Alt", out var altToken) ? Text(Resolve<IToken>(altToken, scanner)) : null;
                result.Add(new StructureElement(name, alt, Kids(child, scanner, depth + 1)));
            }
        }

        return result;
    }

    private static string? Text(IToken? token) => token switch
    {
        StringToken s => s.Data,
        HexToken h => h.Data,
        _ => null,
    };

    private static T? Resolve<T>(IToken token, IPdfTokenScanner scanner) where T : class, IToken
    {
        for (var i = 0; i < 10 && token is IndirectReferenceToken reference; i++)
        {
            token = scanner.Get(reference.Data)?.Data!;
        }

        return token as T;
    }
}
