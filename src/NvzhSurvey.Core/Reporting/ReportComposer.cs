using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Reporting;

/// <summary>Turns the fetched aggregates of an edition (and of the previous one) into an <see cref="EditionReport"/>.</summary>
internal static class ReportComposer
{
    public static EditionReport Compose(ReportData current, ReportData? previous, SmallNumberRule? rule = null)
    {
        rule ??= SmallNumberRule.Default;
        var previousReport = previous is null ? null : Compose(previous, null, rule);
        var chapters = current.Edition.Sections.OrderBy(s => s.Order)
            .Select((section, index) => new ChapterReport(
                section.Key,
                index + 1,
                section.Title,
                section.Questions.OrderBy(q => q.Order)
                    .Select(q => ComposeQuestion(q, current, previousReport?.Find(q.EffectiveReportKey)))
                    .OfType<QuestionReport>()
                    .ToList()))
            .ToList();
        var questions = chapters.SelectMany(c => c.Questions).ToList();
        return new EditionReport(current.Edition.Year, ComposeParticipation(current, previousReport?.Participation), chapters, previous?.Edition.Year,
            ComposeNetwork(current))
        {
            Provisional = EditionStateMachine.IsProvisional(current.Edition.Status),
            MinimumAnswers = rule.MinimumAnswers,
            BelowMinimum = questions.Where(rule.IsBelow).Select(q => q.Key).ToList(),
            PreviousBelowMinimum = previousReport is null
                ? []
                : questions.Where(q => previousReport.IsBelowMinimum(q.Key)).Select(q => q.Key).ToList(),
        };
    }

    private static NetworkReport? ComposeNetwork(ReportData data)
    {
        if (data.ProvinceCounts is not { } counts)
        {
            return null;
        }

        ProvinceFigure Figure(Organisations.Province? province, string name)
        {
            var participants = counts.FirstOrDefault(c => c.Province == province && !c.Members);
            var members = counts.FirstOrDefault(c => c.Province == province && c.Members);
            return new ProvinceFigure(province, name, participants?.Organisations ?? 0, participants?.Locations ?? 0,
                members?.Organisations ?? 0, members?.Locations ?? 0);
        }

        return new NetworkReport(
            Organisations.Provinces.All.OrderBy(p => Organisations.Provinces.DisplayName(p), StringComparer.Ordinal)
                .Select(p => Figure(p, Organisations.Provinces.DisplayName(p))).ToList(),
            Figure(null, "Zonder provincie"))
        {
            Organisations = data.Participants,
            MemberOrganisations = data.MemberOrganisationsWithLocation,
        };
    }

    private static Participation ComposeParticipation(ReportData data, Participation? previous)
    {
        // The member list gives both totals; a manual figure is kept only for an edition that predates the app.
        var edition = data.Edition;
        var members = edition.MembersTotal ?? data.Members.Count;
        var locations = edition.LocationsAllMembers ?? data.Members.Sum(m => m.Locations);
        return new Participation(
            members,
            data.Participants,
            ReportRounding.Percent(data.Participants, members),
            data.Locations,
            locations,
            ReportRounding.Percent(data.Locations, locations),
            previous is null ? null : previous with { Previous = null },
            edition.MembersTotal is not null || edition.LocationsAllMembers is not null);
    }

    private static QuestionReport? ComposeQuestion(Question question, ReportData data, QuestionReport? previous)
    {
        var aggregates = data.Aggregates.Where(a => a.QuestionId == question.Id).ToList();
        if (question.IsRetired && aggregates.Count == 0)
        {
            return null;
        }

        return question.Kind switch
        {
            QuestionKind.SingleChoice or QuestionKind.MultipleChoice => ComposeChoice(question, data, aggregates, previous as ChoiceReport),
            QuestionKind.IntegerBuckets or QuestionKind.FoundedYearBuckets => ComposeBuckets(question, data, aggregates, previous as BucketReport),
            QuestionKind.LocationCount => ComposeLocations(question, data, previous as LocationsReport),
            QuestionKind.Money or QuestionKind.Decimal or QuestionKind.Integer => ComposeQuantity(question, data, aggregates, previous as QuantityReport),
            QuestionKind.Text => new TextAnswersReport(question.EffectiveReportKey, question.Key, question.Kind, question.Label,
                data.Participants, data.Texts.Count(t => t.QuestionId == question.Id && t.ListKey is null && t.OptionId is null),
                Distinct(data.Texts.Where(t => t.QuestionId == question.Id && t.ListKey is null && t.OptionId is null))),
            _ => null, // Year questions have no figure of their own
        };
    }

    private static ChoiceReport ComposeChoice(Question question, ReportData data, List<ReportData.AnswerAggregate> aggregates, ChoiceReport? previous)
    {
        var n = data.Participants;
        var options = question.Options
            .Select(o => (Option: o, Count: aggregates.Where(a => a.OptionId == o.Id).Sum(a => a.Count)))
            .Where(x => !x.Option.IsRetired || x.Count > 0)
            .OrderByDescending(x => x.Count).ThenBy(x => x.Option.Order)
            .Select(x => Figure(x.Option.Key, x.Option.Label, x.Count, n, previous?.Options.FirstOrDefault(p => p.Key == x.Option.Key)))
            .ToList();
        var selections = aggregates.Where(a => a.OptionId != null).Sum(a => a.Count);
        var isMultiple = question.Kind == QuestionKind.MultipleChoice;
        var texts = data.Texts.Where(t => t.QuestionId == question.Id).ToList();
        var details = options
            .Select(o => question.Options.Single(q => q.Key == o.Key))
            .Where(o => o.HasDetails)
            .Select(o => new OptionDetailsReport(o.Key, o.DetailsTitle!, Distinct(texts.Where(t => t.OptionId == o.Id))))
            .ToList();
        return new ChoiceReport(
            question.EffectiveReportKey, question.Key, question.Kind, question.Label, n,
            isMultiple ? null : selections,
            options,
            isMultiple ? ReportRounding.Average(selections, n, 1) : null,
            isMultiple ? previous?.AverageSelected : null,
            question.TextLists.OrderBy(l => l.Order)
                .Select(l => new TextListReport(l.Key, l.Title, Distinct(texts.Where(t => t.ListKey == l.Key))))
                .ToList(),
            details);
    }

    private static BucketReport ComposeBuckets(Question question, ReportData data, List<ReportData.AnswerAggregate> aggregates, BucketReport? previous)
    {
        var values = aggregates.Where(a => a.Value is not null).ToList();
        int ToBucketValue(decimal value) =>
            question.Kind == QuestionKind.FoundedYearBuckets ? data.Edition.Year - (int)value : (int)value;

        var buckets = question.Options.Where(o => !o.IsRetired).OrderBy(o => o.Order)
            .Select(o => Figure(o.Key, o.Label, values.Where(v => o.Contains(ToBucketValue(v.Value!.Value))).Sum(v => v.Count),
                data.Participants, previous?.Buckets.FirstOrDefault(p => p.Key == o.Key), o.MinValue, o.MaxValue))
            .ToList();
        return new BucketReport(question.EffectiveReportKey, question.Key, question.Kind, question.Label,
            data.Participants, values.Sum(v => v.Count), buckets);
    }

    private static LocationsReport ComposeLocations(Question question, ReportData data, LocationsReport? previous) =>
        new(question.EffectiveReportKey, question.Key, question.Kind, question.Label, data.Participants,
            data.LocationCounts.Where(l => l.Locations > 0).Sum(l => l.Organisations),
            data.LocationCounts.Where(l => l.Locations > 0).ToList(),
            data.Locations,
            previous?.TotalLocations);

    private static QuantityReport ComposeQuantity(Question question, ReportData data, List<ReportData.AnswerAggregate> aggregates, QuantityReport? previous)
    {
        var decimals = question.Kind switch { QuestionKind.Money => 0, QuestionKind.Decimal => 2, _ => 1 };
        var answered = aggregates.Sum(a => a.Count);
        var total = aggregates.Sum(a => a.Sum);
        return new QuantityReport(
            question.EffectiveReportKey, question.Key, question.Kind, question.Label, data.Participants, answered,
            total,
            ReportRounding.Average(total, answered, decimals),
            ReportRounding.Average(total, data.Locations, decimals),
            data.Locations,
            decimals,
            previous is null ? null : new PreviousQuantity(previous.Total, previous.AveragePerOrganisation, previous.AveragePerLocation));
    }

    private static OptionFigure Figure(string key, string label, int count, int n, OptionFigure? previous, int? min = null, int? max = null)
    {
        var percent = ReportRounding.Percent(count, n);
        return new OptionFigure(key, label, count, percent, min, max,
            previous is null ? null : new PreviousFigure(previous.Count, previous.Percent, percent - previous.Percent));
    }

    /// <summary>Distinct texts (trimmed, case-insensitive) in first-mentioned order, with the rows they came from.</summary>
    private static List<ReportText> Distinct(IEnumerable<ReportData.TextRow> rows) => rows
        .Where(r => !string.IsNullOrWhiteSpace(r.Text))
        .GroupBy(r => r.Text.Trim(), StringComparer.OrdinalIgnoreCase)
        .Select(g => new ReportText(g.First().Text.Trim(), g.SelectMany(r => r.Ids).ToList(), g.All(r => r.Hidden)))
        .ToList();
}
