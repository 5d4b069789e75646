namespace NvzhSurvey.Core.Exchange;

/// <summary>The batch's two-level text maps (question key → option or list key → texts), as <see cref="ResponseRecord"/> holds them.</summary>
internal static class NestedTexts
{
    /// <summary>Sets the texts under <paramref name="questionKey"/> and <paramref name="innerKey"/>, adding the question's map when new.</summary>
    public static void Set(this Dictionary<string, Dictionary<string, List<string>>> map, string questionKey, string innerKey, List<string> texts)
    {
        if (!map.TryGetValue(questionKey, out var byInnerKey))
        {
            map[questionKey] = byInnerKey = [];
        }

        byInnerKey[innerKey] = texts;
    }
}
