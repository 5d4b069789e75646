using System.Globalization;
using System.Text;

namespace NvzhSurvey.Core.Questionnaires;

/// <summary>Keys for new options, derived from their label ("Koken & eten" → "koken_eten"), unique within the question.
/// A key never changes once the option exists: answers and exchange files refer to it.</summary>
public static class OptionKeys
{
    public static string FromLabel(string label, IEnumerable<string> taken)
    {
        var builder = new StringBuilder();
        foreach (var c in label.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // é → e
            }

            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '_')
            {
                builder.Append('_');
            }
        }

        var stem = builder.ToString().Trim('_');
        stem = stem.Length == 0 ? "antwoord" : stem[..Math.Min(stem.Length, 56)].TrimEnd('_');
        var used = taken.ToHashSet(StringComparer.Ordinal);
        var key = stem;
        for (var n = 2; used.Contains(key); n++)
        {
            key = $"{stem}_{n}";
        }

        return key;
    }
}
