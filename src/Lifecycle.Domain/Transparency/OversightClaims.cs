using System.Text.RegularExpressions;

namespace Lifecycle.Domain.Transparency;

/// <summary>
/// Plain phrases a council would write to say who decides: that a professional weighs the evidence, or that the tool
/// acts by itself. A phrase just after "not", "never", "no" or "without" says the opposite, so it does not count.
/// Deliberately a short list: it catches a record that flatly contradicts the triage, not every way of putting it.
/// </summary>
public static partial class OversightClaims
{
    private static readonly string[] ProfessionalDecides =
    [
        "professional decides", "professional reviews", "reviewed by a professional", "checked by a professional",
        "professional makes the decision", "professional makes the final decision", "social worker decides",
        "practitioner decides", "human review", "human in the loop", "a person decides",
    ];

    private static readonly string[] ToolActsAlone =
    [
        "fully automated", "automatic referral", "automatically refers", "automatically refer", "automatically decides",
        "automatic decision", "without human review", "without human involvement", "without a professional",
        "no human review", "no human involvement", "no professional review", "decides by itself", "acts on its own",
    ];

    private static readonly HashSet<string> Negations = new(["not", "never", "no", "without", "cannot", "isn't", "doesn't", "won't", "nor"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The first phrase in <paramref name="text"/> saying a professional decides; null if none.</summary>
    public static string? SaysAProfessionalDecides(string text) => FirstClaim(text, ProfessionalDecides);

    /// <summary>The first phrase in <paramref name="text"/> saying the tool acts without a professional; null if none.</summary>
    public static string? SaysTheToolActsAlone(string text) => FirstClaim(text, ToolActsAlone);

    private static string? FirstClaim(string text, IEnumerable<string> phrases)
    {
        var words = Words().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
        var joined = " " + string.Join(' ', words) + " ";
        foreach (var phrase in phrases)
        {
            for (var at = joined.IndexOf($" {phrase} ", StringComparison.Ordinal); at >= 0; at = joined.IndexOf($" {phrase} ", at + 1, StringComparison.Ordinal))
            {
                var before = joined[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(3);
                if (!before.Any(Negations.Contains))
                {
                    return phrase;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex Words();
}
