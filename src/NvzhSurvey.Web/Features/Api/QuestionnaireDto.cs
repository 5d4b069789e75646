using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Web.Features.Api;

/// <summary>An edition's questionnaire for API clients (retired questions and options left out).</summary>
public sealed record QuestionnaireDto(int Year, IReadOnlyList<SectionDto> Sections)
{
    public static QuestionnaireDto From(Edition edition) => new(edition.Year, edition.Sections.OrderBy(s => s.Order)
        .Select(s => new SectionDto(s.Key, s.Title, s.Questions.Where(q => !q.IsRetired).OrderBy(q => q.Order).Select(QuestionDto.From).ToList()))
        .ToList());
}

public sealed record SectionDto(string Key, string Title, IReadOnlyList<QuestionDto> Questions);

/// <param name="Kind">As in the report JSON: single, multi, integer, decimal, money, year, text, integer_buckets, founded_year_buckets, locations.</param>
/// <param name="Label">The publication heading (kept for existing clients; the same as <paramref name="Title"/>).</param>
/// <param name="Question">The interview wording: the question as members read it.</param>
/// <param name="Title">The publication heading ("Leeftijd organisaties").</param>
/// <param name="Answer">How to answer in an import: "option" (a string), "options" (an array), "number", "text", or "locations" (no answer: the organisation's locations).</param>
public sealed record QuestionDto(
    string Key, string Kind, string Answer, string Label, string? Help, bool Required, decimal? Min, decimal? Max, string? ReportKey,
    IReadOnlyList<OptionDto> Options, IReadOnlyList<BucketDto> Buckets, IReadOnlyList<TextListDto> TextLists,
    string Question, string Title)
{
    public static QuestionDto From(Question question)
    {
        var options = question.Options.Where(o => !o.IsRetired).OrderBy(o => o.Order).ToList();
        var isBuckets = question.Kind.IsBuckets();
        return new QuestionDto(
            question.Key,
            ReportJson.TypeName(question.Kind),
            question.Kind switch
            {
                QuestionKind.SingleChoice => "option",
                QuestionKind.MultipleChoice => "options",
                QuestionKind.Text => "text",
                QuestionKind.LocationCount => "locations",
                _ => "number",
            },
            question.Label,
            question.HelpText,
            question.IsRequired,
            question.MinValue,
            question.MaxValue,
            question.ReportKey,
            isBuckets ? [] : options.Select(o => new OptionDto(o.Key, o.Label, o.DetailsTitle)).ToList(),
            isBuckets ? options.Select(o => new BucketDto(o.Key, o.Label, o.MinValue, o.MaxValue)).ToList() : [],
            question.TextLists.OrderBy(t => t.Order).Select(t => new TextListDto(t.Key, t.Title)).ToList(),
            question.InterviewWording,
            question.Label);
    }
}

/// <param name="DetailsTitle">When set, detail texts can be imported for this option (<c>details</c>).</param>
public sealed record OptionDto(string Key, string Label, string? DetailsTitle);

public sealed record BucketDto(string Key, string Label, int? Min, int? Max);

public sealed record TextListDto(string Key, string Title);
