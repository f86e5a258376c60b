using System.Net.Mail;

namespace Ito.Identity.Users;

/// <summary>
/// What a new account must satisfy. Passwords: at least 12 characters, not all of one character class (letters,
/// digits, symbols), and not the username or email. Long passphrases beat composition rules, so there is no
/// "must contain a symbol" rule.
/// </summary>
public static class UserRules
{
    public const int MinPasswordLength = 12;
    public const int MaxPasswordLength = 256;
    public const int MaxUserNameLength = 32;
    public const int MaxEmailLength = 254;

    public static IEnumerable<string> UserNameProblems(string? userName)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            yield return "Username is required.";
            yield break;
        }
        if (userName.Length is < 3 or > MaxUserNameLength) yield return $"Username must be 3 to {MaxUserNameLength} characters.";
        if (!userName.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
        {
            yield return "Username may hold only letters, digits, '_', '-' and '.'.";
        }
    }

    public static IEnumerable<string> EmailProblems(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            yield return "Email is required.";
            yield break;
        }
        if (email.Length > MaxEmailLength || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email.Trim())
        {
            yield return "Email is not a valid address.";
        }
    }

    public static IEnumerable<string> PasswordProblems(string? password, string? userName, string? email)
    {
        if (string.IsNullOrEmpty(password))
        {
            yield return "Password is required.";
            yield break;
        }
        if (password.Length < MinPasswordLength) yield return $"Password must be at least {MinPasswordLength} characters.";
        if (password.Length > MaxPasswordLength) yield return $"Password must be at most {MaxPasswordLength} characters.";

        var classes = new[] { password.Any(char.IsLetter), password.Any(char.IsDigit), password.Any(c => !char.IsLetterOrDigit(c)) };
        if (classes.Count(present => present) < 2) yield return "Password must mix at least two of letters, digits and symbols.";

        if (Same(password, userName) || Same(password, email)) yield return "Password must not be the username or email.";
    }

    private static bool Same(string password, string? other) =>
        !string.IsNullOrWhiteSpace(other) && string.Equals(password.Trim(), other.Trim(), StringComparison.OrdinalIgnoreCase);
}
