namespace NvzhSurvey.Web.Features.Publication.Document;

/// <summary>Where the document is shown: printed to PDF (and its preview) or as the public web page.</summary>
public sealed record PublicationMedium(bool IsWeb)
{
    public static readonly PublicationMedium Print = new(false);
    public static readonly PublicationMedium Web = new(true);
}
