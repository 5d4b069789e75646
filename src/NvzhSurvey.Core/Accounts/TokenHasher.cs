using System.Security.Cryptography;
using System.Text;

namespace NvzhSurvey.Core.Accounts;

/// <summary>Creates random tokens (API tokens, invitations) and the SHA-256 hashes under which they are stored.</summary>
public static class TokenHasher
{
    public static string NewToken(string prefix) =>
        prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
