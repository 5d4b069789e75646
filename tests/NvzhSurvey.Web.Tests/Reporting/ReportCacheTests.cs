using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Tests.Shared;
using NvzhSurvey.Web.Features.Reporting;

namespace NvzhSurvey.Web.Tests.Reporting;

/// <summary>The report JSON is reused while nothing changes, and a saved change is visible at the next request.</summary>
[Collection(AppCollection.Name)]
public class ReportCacheTests(AppFixture app)
{
    [Fact]
    public async Task A_saved_change_is_in_the_next_report_and_an_unchanged_report_is_reused()
    {
        var client = await app.Factory.CreateSignedInClientAsync(SurveyAppFactory.AdminEmail);
        var before = await FteTotalAsync(client);
        using var scope = app.Factory.Services.CreateScope();
        var version = scope.ServiceProvider.GetRequiredService<SurveyDataVersion>();
        var cache = scope.ServiceProvider.GetRequiredService<ReportCache>();
        await WaitUntilListeningAsync(app.Factory);
        var first = await cache.GetAsync(2024);
        (await cache.GetAsync(2024)).Should().BeSameAs(first, "nothing changed in between");

        var versionBefore = version.Current;
        // The app's database is shared by the collection: the change is undone whatever happens.
        await AddToFirstFteAsync(app.Factory, 1.5m);
        try
        {
            version.Current.Should().BeGreaterThan(versionBefore);
            (await FteTotalAsync(client)).Should().Be(before + 1.5m);
            (await cache.GetAsync(2024)).Should().NotBeSameAs(first);
        }
        finally
        {
            await AddToFirstFteAsync(app.Factory, -1.5m);
        }

        (await FteTotalAsync(client)).Should().Be(before);
    }

    /// <summary>Changes the first 2024 "fte" answer through the app's own DbContext factory (so through its interceptors).</summary>
    internal static async Task AddToFirstFteAsync(SurveyAppFactory factory, decimal change, bool inTransaction = false)
    {
        using var scope = factory.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<SurveyDbContext>>().CreateDbContextAsync();
        await using var transaction = inTransaction ? await db.Database.BeginTransactionAsync() : null;
        var fte = await db.Answers.Where(a => db.Questions.Any(q => q.Id == a.QuestionId && q.Key == "fte" && q.Section!.Edition!.Year == 2024))
            .OrderBy(a => a.Id).FirstAsync();
        fte.NumberValue += change;
        await db.SaveChangesAsync();
        if (transaction is not null)
        {
            await transaction.CommitAsync();
        }
    }

    /// <summary>The 2024 report's fte total as the API serves it (through the app's <see cref="ReportCache"/>).</summary>
    internal static async Task<decimal> FteTotalAsync(HttpClient client)
    {
        var json = JsonNode.Parse(await client.GetStringAsync("/api/v1/editions/2024/report"))!;
        var fte = json["chapters"]!.AsArray().SelectMany(c => c!["questions"]!.AsArray()).Single(q => q!["key"]!.GetValue<string>() == "fte")!;
        return decimal.Parse(fte["total"]!.ToJsonString(), CultureInfo.InvariantCulture);
    }

    /// <summary>Reports are reused only while the app listens for the other instances' changes.</summary>
    internal static async Task WaitUntilListeningAsync(SurveyAppFactory factory, int connections = 1)
    {
        var listener = factory.Services.GetRequiredService<SurveyChangeListener>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!listener.IsListening || listener.Connections < connections)
        {
            DateTime.UtcNow.Should().BeBefore(deadline, $"the app should listen on connection {connections}");
            await Task.Delay(20);
        }
    }
}
