using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace NvzhSurvey.Web.Features.Accounts.Mail;

/// <summary>Absolute links for mails: "Mail:LinkBaseUrl" when configured, else the address of the current request.</summary>
public sealed class AccountLinks(IOptions<MailOptions> options, NavigationManager navigation)
{
    public string Absolute(string relative)
    {
        var baseUrl = options.Value.LinkBaseUrl is { Length: > 0 } configured ? configured : navigation.BaseUri;
        return baseUrl.TrimEnd('/') + "/" + relative.TrimStart('/');
    }
}
