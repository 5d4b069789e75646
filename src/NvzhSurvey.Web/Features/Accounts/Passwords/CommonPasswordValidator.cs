using System.Reflection;
using Microsoft.AspNetCore.Identity;
using NvzhSurvey.Core.Accounts;

namespace NvzhSurvey.Web.Features.Accounts.Passwords;

/// <summary>
/// Refuses a password on the list of common passwords shipped with the app (common-passwords.txt, compared in lower
/// case). With the length rule (12) this is the whole password policy: no composition rules (OWASP ASVS 2.1).
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    public const string ErrorCode = "PasswordTooCommon";

    private static readonly Lazy<HashSet<string>> CommonPasswords = new(Load);

    public static bool IsCommon(string password) => CommonPasswords.Value.Contains(password.Trim().ToLowerInvariant());

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = ErrorCode,
                Description = "Dit wachtwoord komt voor op een lijst van veelgebruikte wachtwoorden. Kies een ander wachtwoord, bijvoorbeeld een zin van een paar woorden.",
            })
            : IdentityResult.Success);

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("NvzhSurvey.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The embedded list of common passwords is missing.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line.Trim().ToLowerInvariant());
            }
        }

        return passwords;
    }
}
