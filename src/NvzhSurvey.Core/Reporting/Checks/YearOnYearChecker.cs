using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Reporting.Checks;

/// <summary>
/// Compares each completed response of an edition with the same organisation's completed response in the previous
/// edition: fte, revenue or counted locations more than half up or down, a founding year or legal form that changed,
/// and organisations that completed last year but not this year. Staff resolutions ("klopt") are attached.
/// A constant number of queries.
/// </summary>
public sealed class YearOnYearChecker(IDbContextFactory<SurveyDbContext> dbFactory)
{
    /// <summary>A change "by more than half": above 1.5× or below 0.5× last year's value.</summary>
    public const decimal ChangeFactor = 0.5m;

    private static readonly string[] NumberKeys = ["fte", "revenue", "founded_year"];

    public async Task<YearOnYearChecks> CheckAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var editions = await db.Editions.AsNoTracking().Where(e => e.Year <= year)
            .OrderByDescending(e => e.Year).Take(2).Select(e => new { e.Id, e.Year }).ToListAsync(cancellationToken);
        if (editions.Count == 0 || editions[0].Year != year)
        {
            return new YearOnYearChecks(year, null, []);
        }

        var current = editions[0];
        if (editions.Count == 1)
        {
            return new YearOnYearChecks(year, null, []);
        }

        var previous = editions[1];
        var editionIds = new[] { current.Id, previous.Id };
        var responses = await db.Responses.AsNoTracking().Where(r => editionIds.Contains(r.EditionId))
            .Select(r => new ResponseRow(r.EditionId, r.OrganisationId, r.Organisation!.Name, r.Status, r.Locations.Count))
            .ToListAsync(cancellationToken);
        var numbers = (await (
                from a in db.Answers
                join r in db.Responses on a.ResponseId equals r.Id
                join q in db.Questions on a.QuestionId equals q.Id
                where editionIds.Contains(r.EditionId) && r.Status == ResponseStatus.Completed
                      && NumberKeys.Contains(q.Key) && a.NumberValue != null
                select new { r.EditionId, r.OrganisationId, q.Key, Value = a.NumberValue!.Value })
            .ToListAsync(cancellationToken))
            .ToDictionary(n => (n.EditionId, n.OrganisationId, n.Key), n => n.Value);
        var legalForms = (await (
                from a in db.Answers
                join r in db.Responses on a.ResponseId equals r.Id
                join o in db.QuestionOptions on a.OptionId equals o.Id
                where editionIds.Contains(r.EditionId) && r.Status == ResponseStatus.Completed && o.Question!.Key == "legal_form"
                select new { r.EditionId, r.OrganisationId, o.Key, o.Label })
            .ToListAsync(cancellationToken))
            .GroupBy(l => (l.EditionId, l.OrganisationId))
            .ToDictionary(g => g.Key, g => (g.First().Key, g.First().Label));
        var resolutions = await db.DataCheckResolutions.AsNoTracking().Where(r => r.EditionId == current.Id)
            .ToDictionaryAsync(r => (r.OrganisationId, r.CheckKey), cancellationToken);

        var thisYear = responses.Where(r => r.EditionId == current.Id).ToDictionary(r => r.OrganisationId);
        var lastYear = responses.Where(r => r.EditionId == previous.Id && r.Status == ResponseStatus.Completed)
            .ToDictionary(r => r.OrganisationId);
        var (y, p) = (current.Year, previous.Year);

        var found = new List<(string Key, ResponseRow Row, string Message)>();
        foreach (var now in thisYear.Values.Where(r => r.Status == ResponseStatus.Completed))
        {
            if (!lastYear.TryGetValue(now.OrganisationId, out var before))
            {
                continue;
            }

            decimal? Number(int editionId, string key) =>
                numbers.TryGetValue((editionId, now.OrganisationId, key), out var value) ? value : null;

            if (Changed(Number(current.Id, "fte"), Number(previous.Id, "fte")) is { } fte)
            {
                found.Add((YearOnYearCheckKeys.FteChange, now,
                    $"Aantal fte: {DutchFormat.Decimal(fte.Now, 2)} in {y}, {DutchFormat.Decimal(fte.Before, 2)} in {p} ({ChangeText(fte)})."));
            }

            if (Changed(Number(current.Id, "revenue"), Number(previous.Id, "revenue")) is { } revenue)
            {
                found.Add((YearOnYearCheckKeys.RevenueChange, now,
                    $"Omzet: {DutchFormat.Euro(revenue.Now)} in {y}, {DutchFormat.Euro(revenue.Before)} in {p} ({ChangeText(revenue)})."));
            }

            if (Changed(now.Locations, before.Locations) is { } locations)
            {
                found.Add((YearOnYearCheckKeys.LocationsChange, now,
                    $"Getelde locaties: {DutchFormat.Integer(locations.Now)} in {y}, {DutchFormat.Integer(locations.Before)} in {p} ({ChangeText(locations)})."));
            }

            if (Number(current.Id, "founded_year") is { } founded && Number(previous.Id, "founded_year") is { } foundedBefore && founded != foundedBefore)
            {
                found.Add((YearOnYearCheckKeys.FoundedYear, now, $"Oprichtingsjaar: {founded:0} in {y}, {foundedBefore:0} in {p}."));
            }

            if (legalForms.TryGetValue((current.Id, now.OrganisationId), out var form)
                && legalForms.TryGetValue((previous.Id, now.OrganisationId), out var formBefore) && form.Key != formBefore.Key)
            {
                found.Add((YearOnYearCheckKeys.LegalForm, now, $"Rechtsvorm: {form.Label} in {y}, {formBefore.Label} in {p}."));
            }
        }

        foreach (var before in lastYear.Values.Where(r => thisYear.GetValueOrDefault(r.OrganisationId)?.Status != ResponseStatus.Completed))
        {
            var status = thisYear.GetValueOrDefault(before.OrganisationId)?.Status ?? ResponseStatus.NotStarted;
            found.Add((YearOnYearCheckKeys.NotAnsweredThisYear, before,
                $"Vragenlijst {p} afgerond, {y} niet (status: {status.DisplayName().ToLowerInvariant()})."));
        }

        var checks = found
            .OrderBy(f => f.Row.Name, StringComparer.Create(DutchFormat.Culture, ignoreCase: true))
            .ThenBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new YearOnYearCheck(f.Key, f.Row.OrganisationId, f.Row.Name, f.Message,
                resolutions.TryGetValue((f.Row.OrganisationId, f.Key), out var r) ? new YearOnYearResolution(r.Reason, r.ResolvedBy, r.ResolvedAt) : null))
            .ToList();
        return new YearOnYearChecks(year, p, checks);
    }

    /// <summary>Now and before when the value rose above 1.5× or fell below 0.5× of last year's (from 0 to more counts too).</summary>
    internal static (decimal Now, decimal Before)? Changed(decimal? now, decimal? before)
    {
        if (now is not { } n || before is not { } b)
        {
            return null;
        }

        var changed = b == 0 ? n != 0 : n > b * (1 + ChangeFactor) || n < b * (1 - ChangeFactor);
        return changed ? (n, b) : null;
    }

    private static string ChangeText((decimal Now, decimal Before) change) =>
        change.Before == 0 ? "was 0" : (change.Now > change.Before ? "+" : "−") + DutchFormat.Percent((int)Math.Round(Math.Abs(change.Now - change.Before) / change.Before * 100));

    private sealed record ResponseRow(int EditionId, int OrganisationId, string Name, ResponseStatus Status, int Locations);
}
