namespace NvzhSurvey.Core.Mail;

/// <summary>Absolute links for mails, always from the configured public address ("Mail:LinkBaseUrl"), never from a request.</summary>
public interface IPublicLinks
{
    string Absolute(string relative);
}
