using Microsoft.Extensions.Options;
using NvzhSurvey.Web.Hosting;

namespace NvzhSurvey.Web.Features.Accounts.Mail;

/// <summary>
/// Absolute links for mails and invitation pages, always from the one configured public address
/// ("Mail:LinkBaseUrl"; in Development <see cref="PublicAddress.DevelopmentDefault"/>), never from the request,
/// so a forged Host header cannot put another address in a password-reset mail.
/// </summary>
public sealed class AccountLinks(IOptions<MailOptions> options)
{
    /// <summary>The public base address ending in "/".</summary>
    public string BaseUrl => (options.Value.LinkBaseUrl is { Length: > 0 } configured
        ? configured
        : throw new InvalidOperationException("Mail:LinkBaseUrl is not configured.")).TrimEnd('/') + "/";

    public string Absolute(string relative) => Combine(BaseUrl, relative);

    public static string Combine(string baseUrl, string relative) => baseUrl.TrimEnd('/') + "/" + relative.TrimStart('/');
}
