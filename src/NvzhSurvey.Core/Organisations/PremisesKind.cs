namespace NvzhSurvey.Core.Organisations;

public enum PremisesKind
{
    /// <summary>The organisation's own premises.</summary>
    Own = 1,

    /// <summary>Hosted elsewhere, e.g. in a library or a welfare location.</summary>
    Hosted = 2,
}
