using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace Lifecycle.Infrastructure.Identity;

/// <summary>
/// Refuses passwords that are easy to guess whatever their length, as NCSC advises instead of
/// composition rules: a common word padded with digits or symbols, one short pattern repeated, or a
/// run along the keyboard or the alphabet.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<Person>
{
    public const string Code = "CommonPassword";
    public const string Message = "Choose a password that is harder to guess. Avoid common words such as ‘password’, repeated characters and runs such as ‘123456’ or ‘qwerty’";

    private static readonly HashSet<string> CommonWords = ReadWords();
    private static readonly string[] Runs = ["abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "01234567890", "1qaz2wsx3edc4rfv5tgb", "zaq12wsxcde3"];

    public Task<IdentityResult> ValidateAsync(UserManager<Person> manager, Person user, string? password) =>
        Task.FromResult(password is not null && IsEasyToGuess(password, user)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = Message })
            : IdentityResult.Success);

    public static bool IsEasyToGuess(string password, Person? user = null)
    {
        var lower = password.ToLowerInvariant();
        var core = lower.Trim().Trim("0123456789!\"£$%^&*()-_=+[]{};:'@#~,.<>/?\\| ".ToCharArray());
        var localPart = user?.Email?.Split('@')[0].Replace(".", string.Empty);
        var lettersOnly = LettersOf(lower);
        return IsRepeatedPattern(lower)
            || IsRun(lower)
            || lettersOnly.Length == 0 && IsRun(new string(lower.Where(char.IsDigit).ToArray()))
            || new[] { lettersOnly, LettersOf(Unleet(core)) }.Any(letters => IsCommon(letters) || letters.Length > 0 && letters == localPart)
            || ContainsWhoTheyAre(lower, user);
    }

    /// <summary>
    /// The password holds the person's email address, the part before the @ (at least three letters), or a name of theirs
    /// (at least four letters): the first things anyone who knows them would try.
    /// </summary>
    private static bool ContainsWhoTheyAre(string lower, Person? user)
    {
        if (user is null)
        {
            return false;
        }

        var squashed = new string(lower.Where(char.IsLetterOrDigit).ToArray());
        var email = user.Email?.ToLowerInvariant();
        var local = email?.Split('@')[0];
        var whole = new[] { email, local, local?.Replace(".", string.Empty, StringComparison.Ordinal) }.OfType<string>().Where(part => part.Count(char.IsLetter) >= 3);
        var names = (user.DisplayName ?? string.Empty).ToLowerInvariant().Split([' ', '-', '\'', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Concat(local?.Split(['.', '_', '-', '+'], StringSplitOptions.RemoveEmptyEntries) ?? [])
            .Where(part => part.Count(char.IsLetter) >= 4); // shorter pieces ("new", "ali") are everyday words too
        return whole.Concat(names)
            .Any(part => lower.Contains(part, StringComparison.Ordinal) || squashed.Contains(new string(part.Where(char.IsLetterOrDigit).ToArray()), StringComparison.Ordinal));
    }

    private static string LettersOf(string text) => new(text.Where(char.IsLetter).ToArray());

    /// <summary>A common word, or a common word repeated ("passpasspass").</summary>
    private static bool IsCommon(string letters) => CommonWords.Contains(letters) || CommonWords.Contains(letters[..ShortestRepeat(letters)]);

    private static string Unleet(string text) => new(text.Select(c => c switch
    {
        '0' => 'o',
        '1' or '!' => 'i',
        '3' => 'e',
        '4' or '@' => 'a',
        '5' or '$' => 's',
        '7' => 't',
        _ => c,
    }).ToArray());

    /// <summary>"aaaaaaaaaaaa", "abcabcabcabc", "121212121212": one unit of up to a third of the length, repeated.</summary>
    private static bool IsRepeatedPattern(string text) => text.Length > 0 && ShortestRepeat(text) <= text.Length / 3;

    private static int ShortestRepeat(string text)
    {
        for (var unit = 1; unit <= text.Length / 2; unit++)
        {
            if (text.Length % unit == 0 && string.Concat(Enumerable.Repeat(text[..unit], text.Length / unit)) == text)
            {
                return unit;
            }
        }

        return text.Length;
    }

    /// <summary>Most of the password runs along the alphabet, a keyboard row or the digits, forwards or backwards.</summary>
    private static bool IsRun(string text)
    {
        if (text.Length < 6)
        {
            return false;
        }

        var backwards = new string(text.Reverse().ToArray());
        return Runs.Any(run => run.Contains(text, StringComparison.Ordinal) || run.Contains(backwards, StringComparison.Ordinal)
            || LongestCommonRun(text, run) >= text.Length * 3 / 4);
    }

    private static int LongestCommonRun(string text, string run)
    {
        var longest = 0;
        for (var start = 0; start < text.Length; start++)
        {
            for (var length = longest + 1; start + length <= text.Length; length++)
            {
                if (!run.Contains(text.Substring(start, length), StringComparison.Ordinal))
                {
                    break;
                }

                longest = length;
            }
        }

        return longest;
    }

    private static HashSet<string> ReadWords()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Lifecycle.Infrastructure.Identity.common-password-words.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
    }
}
