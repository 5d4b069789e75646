namespace NvzhSurvey.Core.Questionnaires;

/// <summary>One bucket as the editor holds it: "1 tot 4 activiteiten" from 1 to 4; <see cref="Max"/> null is open-ended ("8 of meer").
/// <see cref="OptionId"/> zero or below is a bucket that does not exist yet (the editor numbers new rows -1, -2, … so
/// each has its own messages).</summary>
public sealed record BucketBounds(int OptionId, string Label, int? Min, int? Max)
{
    public bool IsNew => OptionId <= 0;
}

/// <summary>A Dutch message for one field of one bucket (<see cref="Field"/>: "label", "min" or "max").</summary>
public sealed record BucketError(int OptionId, string Field, string Message);

/// <summary>
/// The buckets of a count or age question, in order: each has a text and a lower bound, each starts one above the
/// previous one's upper bound (no gaps, no overlaps), and only the last may be open-ended ("8 of meer").
/// </summary>
public static class BucketRules
{
    public const int MaxLabelLength = 200;

    public static IReadOnlyList<BucketError> Check(IReadOnlyList<BucketBounds> buckets)
    {
        var errors = new List<BucketError>();
        if (buckets.Count == 0)
        {
            return errors;
        }

        for (var i = 0; i < buckets.Count; i++)
        {
            var bucket = buckets[i];
            var isLast = i == buckets.Count - 1;
            if (string.IsNullOrWhiteSpace(bucket.Label))
            {
                errors.Add(new(bucket.OptionId, "label", "Vul een tekst in, bijvoorbeeld ‘1 tot 4 activiteiten’."));
            }
            else if (bucket.Label.Trim().Length > MaxLabelLength)
            {
                errors.Add(new(bucket.OptionId, "label", $"Gebruik maximaal {MaxLabelLength} tekens."));
            }

            if (bucket.Min is null)
            {
                errors.Add(new(bucket.OptionId, "min", "Vul een ondergrens in."));
            }
            else if (bucket.Min < 0)
            {
                errors.Add(new(bucket.OptionId, "min", "De ondergrens is 0 of meer."));
            }

            if (bucket.Max is null && !isLast)
            {
                errors.Add(new(bucket.OptionId, "max", "Alleen de laatste klasse mag zonder bovengrens (‘8 of meer’)."));
            }
            else if (bucket.Max is { } max && bucket.Min is { } min && max < min)
            {
                errors.Add(new(bucket.OptionId, "max", $"De bovengrens is minstens de ondergrens ({min})."));
            }

            if (i > 0 && buckets[i - 1].Max is { } previousMax && bucket.Min is { } start)
            {
                if (start > previousMax + 1)
                {
                    errors.Add(new(bucket.OptionId, "min",
                        $"Er zit een gat tussen de klassen: {previousMax + 1}{(start - 1 > previousMax + 1 ? $" tot en met {start - 1}" : "")} valt nergens in. Begin bij {previousMax + 1}."));
                }
                else if (start <= previousMax)
                {
                    errors.Add(new(bucket.OptionId, "min",
                        $"Overlapt met ‘{buckets[i - 1].Label.Trim()}’ (tot en met {previousMax}). Begin bij {previousMax + 1}."));
                }
            }
        }

        return errors;
    }
}
