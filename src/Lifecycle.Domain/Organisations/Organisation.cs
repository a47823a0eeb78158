using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Organisations;

/// <summary>A local authority. Everything in Lifecycle belongs to exactly one.</summary>
public sealed class Organisation
{
    public const int OnsCodeLength = 9;

    private Organisation()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>Office for National Statistics code such as E09000001, when known.</summary>
    public string? OnsCode { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public static Organisation Create(Guid id, string name, string? onsCode, DateTime at)
    {
        var code = DomainText.Optional(onsCode, OnsCodeLength, "ONS code")?.ToUpperInvariant();
        if (code is not null && !IsOnsCode(code))
        {
            throw new ArgumentException("ONS code must be a letter followed by eight digits, like E09000001.", nameof(onsCode));
        }

        return new Organisation
        {
            Id = id,
            Name = DomainText.Required(name, TextLimits.Name, "Organisation name"),
            OnsCode = code,
            CreatedAt = at,
        };
    }

    private static bool IsOnsCode(string code) =>
        code.Length == OnsCodeLength && char.IsAsciiLetterUpper(code[0]) && code.Skip(1).All(char.IsAsciiDigit);
}
