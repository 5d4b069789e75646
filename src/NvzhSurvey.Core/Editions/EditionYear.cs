namespace NvzhSurvey.Core.Editions;

/// <summary>
/// The year of an edition (2025), where a method also takes an edition id or another number: a year cannot be passed
/// where an id is expected, or the other way round. No implicit conversion from <see cref="int"/>, on purpose.
/// </summary>
public readonly record struct EditionYear(int Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
