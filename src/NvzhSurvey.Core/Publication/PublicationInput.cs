using System.Text.Json.Serialization;
using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Core.Publication;

/// <summary>
/// Everything the annual publication is laid out from: the report figures, the narrative texts with their
/// placeholders already filled in, and the appendix. Immutable; stored as JSON in a <c>PublicationSnapshot</c>
/// when an edition is published, so the same PDF can be made again later.
/// </summary>
public sealed record PublicationInput(
    int Year,
    EditionReport Report,
    IReadOnlyList<PublicationText> Texts,
    PublicationAppendix Appendix,
    PublicationOptions Options)
{
    /// <summary>The filled-in Markdown of a text key ("introduction", "chapter:people_activities"), or null.</summary>
    public string? Text(string key) => Texts.FirstOrDefault(t => t.Key == key)?.Markdown;

    /// <summary>"Verdiepende interviews bij 25 zelfregie en herstelorganisaties met in totaal 118 locaties".</summary>
    [JsonIgnore]
    public string Title => PublicationTitle.For(Report.Participation);

    /// <summary>Whether the comparison with the previous edition can be shown and was asked for.</summary>
    [JsonIgnore]
    public bool ShowsComparison => Options.CompareWithPrevious && Report.PreviousYear is not null;
}

/// <summary>A narrative text of the publication: Markdown with the placeholders filled in.</summary>
public sealed record PublicationText(string Key, string Markdown);

/// <summary>Choices made at export time.</summary>
public sealed record PublicationOptions(bool CompareWithPrevious = false)
{
    public static readonly PublicationOptions Default = new();
}

/// <summary>The appendix: named participants (consent to be named) and publishable quotes (consent to quotes).</summary>
public sealed record PublicationAppendix(IReadOnlyList<NamedOrganisation> Organisations, IReadOnlyList<PublishedQuote> Quotes);

public sealed record NamedOrganisation(string Name, string? City);

/// <summary>A quote; <see cref="OrganisationName"/> is null when the organisation did not consent to be named.</summary>
public sealed record PublishedQuote(string Text, string? OrganisationName, string? City);
