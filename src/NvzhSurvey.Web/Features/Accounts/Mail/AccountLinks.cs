using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace NvzhSurvey.Web.Features.Accounts.Mail;

/// <summary>Absolute links for mails: "Mail:LinkBaseUrl" when configured, else the address of the current request.</summary>
public sealed class AccountLinks(IOptions<MailOptions> options, NavigationManager navigation)
{
    /// <summary>The base address ending in "/"; only valid while a component is rendering (it may use NavigationManager).</summary>
    public string BaseUrl => (options.Value.LinkBaseUrl is { Length: > 0 } configured ? configured : navigation.BaseUri).TrimEnd('/') + "/";

    public string Absolute(string relative) => Combine(BaseUrl, relative);

    public static string Combine(string baseUrl, string relative) => baseUrl.TrimEnd('/') + "/" + relative.TrimStart('/');
}
