using System.Text.Json.Serialization;
using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Reporting;

/// <summary>The figures of one question. <see cref="Key"/> is the report key; <see cref="Answered"/> how many of
/// the participating organisations answered it (null for multiple choice, where "none of these" is an answer too).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$figure")]
[JsonDerivedType(typeof(ChoiceReport), "choice")]
[JsonDerivedType(typeof(BucketReport), "buckets")]
[JsonDerivedType(typeof(LocationsReport), "locations")]
[JsonDerivedType(typeof(QuantityReport), "quantity")]
[JsonDerivedType(typeof(TextAnswersReport), "texts")]
public abstract record QuestionReport(string Key, string AnswerKey, QuestionKind Kind, string Title, int Participants, int? Answered);

/// <summary>Single and multiple choice: organisations per option, ordered by count (ties in questionnaire order).</summary>
public sealed record ChoiceReport(
    string Key, string AnswerKey, QuestionKind Kind, string Title, int Participants, int? Answered,
    IReadOnlyList<OptionFigure> Options,
    decimal? AverageSelected,
    decimal? PreviousAverageSelected,
    IReadOnlyList<TextListReport> TextLists,
    IReadOnlyList<OptionDetailsReport> OptionDetails)
    : QuestionReport(Key, AnswerKey, Kind, Title, Participants, Answered);

/// <summary>Integer and founded-year buckets, in bucket order.</summary>
public sealed record BucketReport(
    string Key, string AnswerKey, QuestionKind Kind, string Title, int Participants, int? Answered,
    IReadOnlyList<OptionFigure> Buckets)
    : QuestionReport(Key, AnswerKey, Kind, Title, Participants, Answered);

/// <summary>How many organisations have 1, 2, 3, ... counted locations, and the total.</summary>
public sealed record LocationsReport(
    string Key, string AnswerKey, QuestionKind Kind, string Title, int Participants, int? Answered,
    IReadOnlyList<LocationCountFigure> Distribution,
    int TotalLocations,
    int? PreviousTotalLocations)
    : QuestionReport(Key, AnswerKey, Kind, Title, Participants, Answered);

/// <summary>Money and decimal questions: total, average per organisation (of those that answered) and per location.</summary>
public sealed record QuantityReport(
    string Key, string AnswerKey, QuestionKind Kind, string Title, int Participants, int? Answered,
    decimal Total,
    decimal AveragePerOrganisation,
    decimal AveragePerLocation,
    int Locations,
    int Decimals,
    PreviousQuantity? Previous)
    : QuestionReport(Key, AnswerKey, Kind, Title, Participants, Answered);

/// <summary>Free-text questions: the distinct texts.</summary>
public sealed record TextAnswersReport(
    string Key, string AnswerKey, QuestionKind Kind, string Title, int Participants, int? Answered,
    IReadOnlyList<ReportText> Texts)
    : QuestionReport(Key, AnswerKey, Kind, Title, Participants, Answered);

/// <summary>An option or bucket: count and whole percent of the participants. Min/Max only for buckets.</summary>
public sealed record OptionFigure(string Key, string Label, int Count, int Percent, int? Min = null, int? Max = null, PreviousFigure? Previous = null);

/// <summary>The previous edition's figure and the change in percentage points.</summary>
public sealed record PreviousFigure(int Count, int Percent, int ChangePoints);

public sealed record PreviousQuantity(decimal Total, decimal AveragePerOrganisation, decimal AveragePerLocation);

public sealed record LocationCountFigure(int Locations, int Organisations);

/// <summary>A named free-text list of a question ("Verder nog genoemd").</summary>
public sealed record TextListReport(string Key, string Title, IReadOnlyList<ReportText> Texts);

/// <summary>Detail texts of one option (a plans or challenges area).</summary>
public sealed record OptionDetailsReport(string OptionKey, string Title, IReadOnlyList<ReportText> Texts);

/// <summary>A distinct text, the free-text rows it came from, and whether staff hid it from the publication.</summary>
public sealed record ReportText(string Text, IReadOnlyList<long> SourceIds, bool Hidden);
