using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;

namespace NvzhSurvey.Web.Features.Accounts.TwoFactor;

/// <summary>
/// Identity's authenticator (TOTP) check, with one addition: a code is accepted once (OWASP ASVS 2.8.4). The time step
/// of the last accepted code is stored as a user token; a code of that step or an earlier one is refused, so a code
/// read over someone's shoulder or replayed from a captured request no longer works within its 30-second window.
/// Same algorithm and tolerance as Identity's <see cref="AuthenticatorTokenProvider{TUser}"/> (RFC 6238, HMAC-SHA1,
/// 30-second steps, 6 digits, two steps of clock drift either way), so existing authenticator apps keep working.
/// </summary>
internal sealed class SingleUseAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<AppUser>
{
    public const string Name = "SingleUseAuthenticator";
    internal const string TokenProvider = "[NvzhAuthenticator]";
    internal const string LastStepToken = "LastAcceptedStep";
    private const int AllowedDrift = 2;

    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult(string.Empty);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token.Length != 6 || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }

        var secret = Base32.Decode(key);
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / 30;
        long? matched = null;
        for (var step = now - AllowedDrift; step <= now + AllowedDrift; step++)
        {
            if (Compute(secret, step) == code)
            {
                matched = step;
                break;
            }
        }

        if (matched is not { } accepted)
        {
            return false;
        }

        var last = await manager.GetAuthenticationTokenAsync(user, TokenProvider, LastStepToken);
        if (long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var lastStep) && accepted <= lastStep)
        {
            return false; // this code (or an older one) was used already
        }

        try
        {
            // Saved with the user's concurrency stamp: of two requests racing with the same code, one fails here.
            var saved = await manager.SetAuthenticationTokenAsync(user, TokenProvider, LastStepToken, accepted.ToString(CultureInfo.InvariantCulture));
            return saved.Succeeded;
        }
        catch (DbUpdateException)
        {
            return false; // the other request inserted the first token row at the same moment
        }
    }

    /// <summary>RFC 6238 / 4226: the 6-digit code of one 30-second step.</summary>
    internal static int Compute(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 (and every authenticator app) uses HMAC-SHA1.
        var hash = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return binary % 1_000_000;
    }

    private static class Base32
    {
        private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

        public static byte[] Decode(string text)
        {
            var bytes = new List<byte>(text.Length * 5 / 8);
            int buffer = 0, bits = 0;
            foreach (var c in text.ToUpperInvariant())
            {
                var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
                if (value < 0)
                {
                    continue; // spaces and padding
                }

                buffer = (buffer << 5) | value;
                bits += 5;
                if (bits >= 8)
                {
                    bits -= 8;
                    bytes.Add((byte)(buffer >> bits));
                }
            }

            return [.. bytes];
        }
    }
}
