using System.Globalization;
using System.Text;

namespace NvzhSurvey.Web.Features.Publication;

/// <summary>
/// Sets the /CreationDate and /ModDate of a Chromium PDF. Skia writes both as "D:YYYYMMDDHHmmSS+00'00'"; the
/// replacement has exactly the same length, so every byte offset (and the cross-reference table) stays valid.
/// </summary>
public static class PdfDates
{
    public static byte[] SetCreationAndModificationDate(byte[] pdf, DateTimeOffset date)
    {
        var stamp = Encoding.ASCII.GetBytes("D:" + date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00'");
        var result = (byte[])pdf.Clone();
        foreach (var key in new[] { "/CreationDate (", "/ModDate (" })
        {
            var position = IndexOf(result, Encoding.ASCII.GetBytes(key));
            if (position < 0)
            {
                continue;
            }

            var start = position + key.Length;
            var end = Array.IndexOf(result, (byte)')', start);
            if (end - start == stamp.Length)
            {
                stamp.CopyTo(result, start);
            }
        }

        return result;
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        // The info dictionary is at the start of a Skia PDF; search only its first kilobytes.
        var limit = Math.Min(haystack.Length, 4096) - needle.Length;
        for (var i = 0; i <= limit; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        return -1;
    }
}
