using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Mail;
using NvzhSurvey.Core.Responses;
using NvzhSurvey.Core.Time;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests.Time;

/// <summary>
/// The pages that show moments read the same whatever time zone the server runs in: each page is rendered (prerendered
/// HTML, as a browser first receives it) with TZ at UTC−11 and again at UTC+14, and its visible text must be equal and
/// show the Dutch time of known moments. The moments lie around midnight in Amsterdam, so a conversion to the server's
/// zone (ToLocalTime, GetLocalNow) changes the day as well as the hour.
/// </summary>
[Collection(ServerTimeZoneCollection.Name)]
public sealed partial class ServerTimeZoneTests : IAsyncLifetime
{
    private const string MemberEmail = "tijdzone-lid@nvzh.example";

    // 23:30 UTC on 15 March = 00:30 on 16 March in Amsterdam (CET); 22:15 UTC on 30 June = 00:15 on 1 July (CEST).
    private static readonly DateTimeOffset MailCreated = new(2025, 3, 15, 23, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Submitted = new(2025, 6, 30, 22, 15, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Published = new(2024, 12, 31, 23, 30, 0, TimeSpan.Zero);

    private readonly SurveyAppFactory _factory = new();

    public Task InitializeAsync() => _factory.StartAsync("nvzh_tz");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Pages_with_times_render_the_same_Dutch_text_under_two_server_time_zones()
    {
        var pages = await PreparePagesAsync();
        var admin = await _factory.CreateSignedInClientAsync(SurveyAppFactory.AdminEmail);
        var member = await _factory.CreateSignedInClientAsync(MemberEmail);

        var west = await RenderAllAsync("Pacific/Pago_Pago", TimeSpan.FromHours(-11), pages, admin, member);
        var east = await RenderAllAsync("Pacific/Kiritimati", TimeSpan.FromHours(14), pages, admin, member);

        var failures = new List<string>();
        foreach (var page in pages)
        {
            if (!west[page.Url].Contains(page.Expected, StringComparison.Ordinal))
            {
                failures.Add($"{page.Url} does not show \"{page.Expected}\": {west[page.Url]}");
            }

            if (east[page.Url] != west[page.Url])
            {
                failures.Add($"{page.Url} differs at UTC+14 from UTC-11:\n  {Difference(west[page.Url], east[page.Url])}");
            }
        }

        failures.Should().BeEmpty();
    }

    private async Task<IReadOnlyList<PageWithTime>> PreparePagesAsync()
    {
        await using var db = _factory.Database.CreateDbContext();
        var organisation = await db.Organisations.SingleAsync(o => o.Key == "demo-01");
        var edition2024 = await db.Editions.SingleAsync(e => e.Year == 2024);
        var edition2025 = await db.Editions.SingleAsync(e => e.Year == 2025);
        var response2025 = await db.Responses.SingleOrDefaultAsync(r => r.OrganisationId == organisation.Id && r.EditionId == edition2025.Id)
            ?? db.Responses.Add(new Response { EditionId = edition2025.Id, OrganisationId = organisation.Id }).Entity;
        response2025.Status = ResponseStatus.SubmittedByMember;
        response2025.SubmittedAt = Submitted;
        response2025.LastChangedAt = Submitted;
        response2025.LastChangedBy = "Tijdzone Test";
        edition2024.PublishedAt = Published;
        await db.PublicationSnapshots.Where(s => s.EditionId == edition2024.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.CreatedAt, Published));
        db.OutboxMails.Add(new OutboxMail
        {
            To = "lid@example.org", Subject = "Uitnodiging", TextBody = "Tekst", Kind = "uitnodiging",
            Status = OutboxMailStatus.Sent, Attempts = 1, CreatedAt = MailCreated, NextAttemptAt = MailCreated, SentAt = MailCreated.AddMinutes(1),
        });
        db.ApiTokens.Add(new ApiToken
        {
            Name = "Tijdzone", Scope = ApiTokenScope.ReadReports, TokenHash = new string('0', 64), Prefix = "nvzh_tz",
            CreatedAt = MailCreated, CreatedBy = "Tijdzone Test", LastUsedAt = Submitted, ExpiresAt = DutchTime.StartOfDay(new DateOnly(2030, 1, 2)),
        });
        await db.SaveChangesAsync();
        await _factory.CreateUserAsync(MemberEmail, Roles.Member, organisation.Id);

        return
        [
            new("/edities", DutchTime.Format(Published), Member: false),
            new("/edities/2024/publicatie", "Gepubliceerd op 1 januari 2025 om 00:30", Member: false),
            new("/edities/2025", "01-07-2025 00:15 door Tijdzone Test", Member: false),
            // The interview form (and its "Laatst gewijzigd door … op …") is rendered by the circuit only, not in this
            // HTML (ADR 019); it formats with the same DutchTime.Format as the edition page's list above.
            new($"/organisaties/{organisation.Id}", "01-07-2025 00:15", Member: false),
            new("/beheer/verzonden-email", "16-03-2025 00:30", Member: false),
            new("/beheer/api-tokens", "16-03-2025 00:30 door Tijdzone Test", Member: false),
            new("/beheer/beveiligingslog", DutchTime.FormatDate(TimeProvider.System.GetUtcNow()), Member: false),
            new("/mijn-organisatie", "ingediend op 1 juli 2025", Member: true),
        ];
    }

    private static async Task<Dictionary<string, string>> RenderAllAsync(
        string zoneId, TimeSpan offset, IEnumerable<PageWithTime> pages, HttpClient admin, HttpClient member)
    {
        using var zone = ServerTimeZone.Set(zoneId);
        // TimeZoneInfo.Local really follows TZ in this process; otherwise the comparison would prove nothing.
        TimeZoneInfo.Local.BaseUtcOffset.Should().Be(offset, $"TZ={zoneId} must change TimeZoneInfo.Local");

        var texts = new Dictionary<string, string>();
        foreach (var page in pages)
        {
            using var response = await (page.Member ? member : admin).GetAsync(page.Url);
            response.StatusCode.Should().Be(HttpStatusCode.OK, page.Url);
            texts[page.Url] = VisibleText(await response.Content.ReadAsStringAsync());
        }

        return texts;
    }

    /// <summary>Where two texts part: 80 characters of each from the first difference.</summary>
    private static string Difference(string first, string second)
    {
        var at = first.Zip(second).TakeWhile(pair => pair.First == pair.Second).Count();
        return $"\"{first[at..Math.Min(first.Length, at + 80)]}\" / \"{second[at..Math.Min(second.Length, at + 80)]}\"";
    }

    /// <summary>The text a person reads: no scripts, styles, comments (Blazor's per-request markers) or attributes.</summary>
    private static string VisibleText(string html)
    {
        var text = Hidden().Replace(html, " ");
        text = Tag().Replace(text, " ");
        return Whitespace().Replace(WebUtility.HtmlDecode(text), " ").Trim();
    }

    [GeneratedRegex("<script.*?</script>|<style.*?</style>|<!--.*?-->", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private sealed record PageWithTime(string Url, string Expected, bool Member);
}

/// <summary>Tests that change the process's time zone run alone, after all others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServerTimeZoneCollection
{
    public const string Name = "server time zone";
}

/// <summary>Sets TZ for this process and clears .NET's cached zones, so TimeZoneInfo.Local follows it; restores on dispose.</summary>
internal sealed class ServerTimeZone : IDisposable
{
    private readonly string? _previous = Environment.GetEnvironmentVariable("TZ");

    private ServerTimeZone(string zoneId)
    {
        Environment.SetEnvironmentVariable("TZ", zoneId);
        TimeZoneInfo.ClearCachedData();
    }

    public static ServerTimeZone Set(string zoneId) => new(zoneId);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("TZ", _previous);
        TimeZoneInfo.ClearCachedData();
    }
}
