using System.Text.RegularExpressions;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests.Accounts;

/// <summary>Posts the static (server-rendered) account forms the way a browser does: antiforgery token from the page.</summary>
internal static partial class StaticForms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string formName, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(url);
        var match = AntiforgeryField().Match(page);
        // A page without the form (e.g. an unusable link) has no token: take one from the login page, as a
        // browser would still have the token of the form it showed before.
        var token = match.Success ? match.Groups[1].Value : AntiforgeryField().Match(await client.GetStringAsync("/Account/Login")).Groups[1].Value;
        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = formName,
        };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    /// <summary>The newest mail to <paramref name="to"/> in the file drop, as text (headers and body).</summary>
    public static string LatestMailTo(SurveyAppFactory factory, string to)
    {
        var files = Directory.Exists(factory.MailDropFolder)
            ? Directory.GetFiles(factory.MailDropFolder, "*.eml").OrderByDescending(f => f).ToList()
            : [];
        return files.Select(File.ReadAllText).FirstOrDefault(text => text.Contains($"To: {to}\r\n"))
            ?? throw new InvalidOperationException($"No mail to {to} in {factory.MailDropFolder}");
    }

    /// <summary>The first link in a mail, as a path and query relative to the app.</summary>
    public static string LinkIn(string mail)
    {
        var uri = new Uri(LinkPattern().Match(mail).Value);
        return uri.PathAndQuery;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
