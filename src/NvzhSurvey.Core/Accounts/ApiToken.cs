namespace NvzhSurvey.Core.Accounts;

/// <summary>A bearer token for the API. Only its SHA-256 hash is stored; the value is shown once.</summary>
public class ApiToken
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public ApiTokenScope Scope { get; set; }

    /// <summary>Hex SHA-256 of the token value.</summary>
    public required string TokenHash { get; set; }

    /// <summary>First characters of the token, to recognise it in the list.</summary>
    public required string Prefix { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>After this moment the token no longer works (401); null = no expiry date.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
}
