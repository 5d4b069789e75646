namespace NvzhSurvey.Core.Organisations;

public enum LegalForm
{
    Independent = 1,
    PartOf = 2,
}
