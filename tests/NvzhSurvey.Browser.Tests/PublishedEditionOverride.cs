using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Browser.Tests;

/// <summary>
/// The demo publishes 2024, after which its texts can no longer be edited or hidden. Tests of those editors take the
/// shared database's 2024 back to "closed" for their duration and publish it again (status only; its snapshot stays)
/// when disposed, so the other tests still see a published 2024.
/// </summary>
public sealed class PublishedEditionOverride : IAsyncDisposable
{
    private readonly SurveyAppFactory _app;
    private readonly int _year;

    private PublishedEditionOverride(SurveyAppFactory app, int year) => (_app, _year) = (app, year);

    public static async Task<PublishedEditionOverride> ClosedAsync(SurveyAppFactory app, int year = 2024)
    {
        await SetStatusAsync(app, year, EditionStatus.Closed);
        return new PublishedEditionOverride(app, year);
    }

    public ValueTask DisposeAsync() => new(SetStatusAsync(_app, _year, EditionStatus.Published));

    private static async Task SetStatusAsync(SurveyAppFactory app, int year, EditionStatus status)
    {
        await using var db = app.Database.CreateDbContext();
        (await db.Editions.SingleAsync(e => e.Year == year)).Status = status;
        await db.SaveChangesAsync();
    }
}
