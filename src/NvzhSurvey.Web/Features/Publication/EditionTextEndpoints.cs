using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Exchange;
using NvzhSurvey.Web.Features.Accounts;
using NvzhSurvey.Web.Features.Api;
using NvzhSurvey.Web.Features.Publication.Pages;

namespace NvzhSurvey.Web.Features.Publication;

/// <summary>
/// GET/PUT /api/v1/editions/{year}/texts/{key}: the narrative texts of the editor (/edities/{year}/teksten) over
/// the API, for Full tokens and staff. The keys are the editor's (<c>introduction</c>, <c>chapter:{section}</c>,
/// <c>closing</c>); a save goes through the same <see cref="EditionService.SaveTextsAsync"/> with the same version
/// check: a stale <c>version</c> is refused with 409 and nothing is stored.
/// </summary>
internal static class EditionTextEndpoints
{
    public const int MaxMarkdownLength = 50_000;

    public static IEndpointRouteBuilder MapEditionTextEndpoints(this IEndpointRouteBuilder app)
    {
        var texts = app.MapGroup("/api/v1/editions/{year:int}/texts").WithTags("Publicatie").AddEndpointFilter<ApiExceptionFilter>();
        texts.MapGet("/{key}", GetAsync).RequireApiFull()
            .Produces<EditionTextDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Een verhalende tekst van de publicatie (Markdown) met zijn versie.");
        texts.MapPut("/{key}", PutAsync).RequireApiFull()
            .WithJsonRequestBody<EditionTextUpdate>()
            .Produces<EditionTextDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Slaat een verhalende tekst op; 'version' is de versie waarvan u uitging (null: nog niet opgeslagen).");
        return app;
    }

    private static async Task<IResult> GetAsync(int year, string key, EditionTextsLoader loader, CancellationToken cancellationToken)
    {
        var form = await LoadAsync(loader, year, cancellationToken);
        if (form is null)
        {
            return ApiProblems.EditionNotFound(year);
        }

        return form.Entries.SingleOrDefault(e => e.Key == key) is { } entry
            ? TypedResults.Ok(EditionTextDto.From(entry))
            : UnknownKey(year, key);
    }

    private static async Task<IResult> PutAsync(
        int year, string key, HttpRequest request, EditionTextsLoader loader, EditionService editions, ActorResolver actors,
        CancellationToken cancellationToken)
    {
        var form = await LoadAsync(loader, year, cancellationToken);
        if (form is null)
        {
            return ApiProblems.EditionNotFound(year);
        }

        var entry = form.Entries.SingleOrDefault(e => e.Key == key);
        if (entry is null)
        {
            return UnknownKey(year, key);
        }

        var (body, problem) = await LimitedJsonBody.ReadAsync<EditionTextUpdate>(request, 256 * 1024, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (body?.Markdown is not { } markdown)
        {
            return ApiProblems.Invalid("De tekst is niet opgeslagen", [new ExchangeError("markdown", "is verplicht (een lege tekst is \"\")")]);
        }

        if (markdown.Length > MaxMarkdownLength)
        {
            return ApiProblems.Invalid("De tekst is niet opgeslagen", [new ExchangeError("markdown", $"mag ten hoogste {MaxMarkdownLength} tekens lang zijn")]);
        }

        var (result, versions) = await editions.SaveTextsAsync(
            await actors.ResolveAsync(request.HttpContext.User, cancellationToken), year, [new EditionTextChange(key, markdown, body.Version)], cancellationToken);
        if (!result.Succeeded)
        {
            return ApiProblems.Conflict(result.Error ?? EditionService.TextConflictMessage);
        }

        return TypedResults.Ok(new EditionTextDto(key, entry.Label, markdown, versions[key]));
    }

    /// <summary>The editor's texts of an edition (the keys follow its chapters); null when the edition does not exist.</summary>
    private static async Task<EditionTextsForm?> LoadAsync(EditionTextsLoader loader, int year, CancellationToken cancellationToken) =>
        await loader.LoadTextsAsync(year, cancellationToken) is { } texts ? EditionTextsForm.For(texts.Sections, texts.Texts) : null;

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult UnknownKey(int year, string key) => TypedResults.Problem(
        title: "Tekst niet gevonden", detail: $"Editie {year} heeft geen tekst '{key}'.", statusCode: StatusCodes.Status404NotFound);
}

/// <summary>A narrative text: its key, what the editor calls it, the Markdown, and its version (null: not stored yet).</summary>
public sealed record EditionTextDto(string Key, string Label, string Markdown, uint? Version)
{
    internal static EditionTextDto From(EditionTextsForm.Entry entry) => new(entry.Key, entry.Label, entry.Markdown, entry.Version);
}

/// <summary>PUT body: the new Markdown and the version it was edited from (from GET; null when the text was not stored).</summary>
public sealed record EditionTextUpdate(string? Markdown, uint? Version);
