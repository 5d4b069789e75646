using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Web.Tests.Api;

namespace NvzhSurvey.Web.Tests.Faults;

/// <summary>50 API imports of overlapping batches at once: each succeeds or fails cleanly, nothing is duplicated,
/// and the final state is exactly one of the batches (the one applied last).</summary>
[Collection(ApiCollection.Name)]
public class ConcurrentImportTests(ApiFixture api)
{
    private const int Batches = 50;
    private const int Organisations = 8;

    [Fact]
    public async Task Fifty_concurrent_overlapping_imports_leave_one_consistent_state()
    {
        var client = await api.TokenClientAsync(ApiTokenScope.Full);
        var bodies = Enumerable.Range(1, Batches).Select(Batch).ToList();

        var responses = await Task.WhenAll(bodies.Select(body =>
            client.PostAsync("/api/v1/editions/2025/responses/import", ApiSamples.Json(body))));

        responses.Select(r => r.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.OK || s == HttpStatusCode.Conflict,
            "every request either succeeds or is refused cleanly");
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().BeGreaterThan(0);
        await using var db = api.CreateDbContext();
        var organisations = await db.Organisations.Where(o => o.Key.StartsWith("conc-")).Select(o => new { o.Id, o.Key, o.Name }).ToListAsync();
        organisations.Should().HaveCount(Organisations, "no organisation is created twice");
        var ids = organisations.Select(o => o.Id).ToList();
        (await db.Responses.CountAsync(r => ids.Contains(r.OrganisationId) && r.Edition!.Year == 2025)).Should().Be(Organisations, "one response each");
        var ftes = await db.Answers
            .Where(a => db.Responses.Any(r => r.Id == a.ResponseId && ids.Contains(r.OrganisationId) && r.Edition!.Year == 2025)
                        && db.Questions.Any(q => q.Id == a.QuestionId && q.Key == "fte"))
            .Select(a => a.NumberValue).ToListAsync();
        ftes.Should().HaveCount(Organisations).And.OnlyContain(f => f == ftes[0], "all answers come from the same batch");
        var batch = (int)ftes[0]!.Value;
        batch.Should().BeInRange(1, Batches);
        organisations.Should().OnlyContain(o => o.Name.EndsWith($"uit batch {batch}"), "names and answers come from the same batch");
    }

    private static string Batch(int k) => ApiSamples.Batch(Enumerable.Range(1, Organisations)
        .Select(i => ApiSamples.Organisation($"conc-{i:00}", fte: (k + 0.25m).ToString(CultureInfo.InvariantCulture))
            .Replace($"\"name\": \"Herstelhuis conc-{i:00}\"", $"\"name\": \"Herstelhuis {i} uit batch {k}\""))
        .ToArray());
}
