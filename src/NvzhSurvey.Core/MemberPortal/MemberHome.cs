using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.MemberPortal;

/// <summary>What the member's start page shows: the own organisation, its locations and its editions.</summary>
public sealed record MemberHome(
    int OrganisationId,
    string Name,
    ProfileForm Profile,
    IReadOnlyList<Location> Locations,
    int? OpenEditionYear,
    ResponseStatus OpenStatus,
    IReadOnlyList<EarlierEdition> Earlier);

/// <summary>A closed or published edition in which the member has a response.</summary>
public sealed record EarlierEdition(int Year, ResponseStatus Status);

/// <summary>The member's own answers of a closed or published edition, formatted for reading.</summary>
public sealed record MemberAnswersView(string OrganisationName, ResponseStatus Status, IReadOnlyList<SectionAnswers> Sections);

public sealed record SectionAnswers(string Title, IReadOnlyList<(string Label, string Value)> Answers);
