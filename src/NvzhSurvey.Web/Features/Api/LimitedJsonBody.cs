using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using NvzhSurvey.Core.Exchange;

namespace NvzhSurvey.Web.Features.Api;

/// <summary>
/// Reads a request body of at most a configured size. The API reads bodies itself, so that malformed JSON and
/// oversized bodies get a precise problem+json answer instead of a bare 400 (and the HTML status-code page).
/// </summary>
internal static class LimitedJsonBody
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The body as bytes, or a 413 problem when it is larger than <paramref name="limit"/>.</summary>
    public static async Task<(byte[]? Body, IResult? Problem)> ReadBytesAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return (null, ApiProblems.TooLarge(limit));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return (null, ApiProblems.TooLarge(limit));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, ApiProblems.TooLarge(limit));
        }

        return (buffer.ToArray(), null);
    }

    /// <summary>The JSON body as <typeparamref name="T"/>, or a problem (413, 415, or 400 with the path of the syntax error).</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, long limit, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, TypedResults.Problem(title: "Verkeerd formaat", detail: "Stuur JSON met Content-Type: application/json.",
                statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        var (body, problem) = await ReadBytesAsync(request, limit, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        try
        {
            return (JsonSerializer.Deserialize<T>(body, Json), null);
        }
        catch (JsonException ex)
        {
            var path = ex.Path is { Length: > 1 } p ? p.TrimStart('$').TrimStart('.') : "";
            var message = $"Ongeldige JSON of een waarde van het verkeerde type (regel {(ex.LineNumber ?? 0) + 1}, positie {(ex.BytePositionInLine ?? 0) + 1}).";
            return (null, ApiProblems.Invalid("Ongeldige JSON", [new ExchangeError(path.Length == 0 ? "$" : path, message)]));
        }
    }
}
