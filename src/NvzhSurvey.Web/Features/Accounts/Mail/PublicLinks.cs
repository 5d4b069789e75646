using NvzhSurvey.Core.Mail;

namespace NvzhSurvey.Web.Features.Accounts.Mail;

/// <summary>Core's links for mails, from the one configured public address (<see cref="AccountLinks"/>).</summary>
internal sealed class PublicLinks(AccountLinks links) : IPublicLinks
{
    public string Absolute(string relative) => links.Absolute(relative);
}
