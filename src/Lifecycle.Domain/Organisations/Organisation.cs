namespace Lifecycle.Domain.Organisations;

/// <summary>A local authority. Everything in Lifecycle belongs to exactly one.</summary>
public sealed class Organisation
{
    public const int OnsCodeLength = 9;

    public const int SecurityMarkingLength = 100;

    /// <summary>Most records about children's services projects are personal or sensitive, so packs default to this.</summary>
    public const string DefaultSecurityMarking = "OFFICIAL-SENSITIVE";

    private readonly List<RecordedChange> _changes = [];

    private Organisation()
    {
        Name = PublicAddress = string.Empty;
        SecurityMarking = DefaultSecurityMarking;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>Office for National Statistics code such as E09000001, when known.</summary>
    public string? OnsCode { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>Changes on every change to the settings; the database refuses a save made from an older copy.</summary>
    public Guid Version { get; private set; }

    /// <summary>The protective marking printed on every page of documents exported from this organisation.</summary>
    public string SecurityMarking { get; private set; }

    /// <summary>
    /// The organisation's part of its published tools' addresses (/public/{address}/…), chosen when it is made and
    /// never changed by anything else: not renaming it, and not another organisation with a similar name.
    /// </summary>
    public string PublicAddress { get; private set; }

    /// <summary>People who sign in with a password must also give a code from an authenticator app.</summary>
    public bool RequireTwoFactor { get; private set; }

    /// <summary>Changes made since the organisation was loaded, not yet written to the audit trail.</summary>
    public IReadOnlyList<RecordedChange> PendingChanges => _changes;

    public void ClearPendingChanges() => _changes.Clear();

    /// <summary>Sets the marking for exported documents; returns false when it is already this marking.</summary>
    public bool ChangeSecurityMarking(string marking, Actor actor, DateTime at)
    {
        var value = DomainText.Required(marking, SecurityMarkingLength, "Security marking").ToUpperInvariant();
        if (value.Any(char.IsControl))
        {
            throw new ArgumentException("Security marking must be a single line of text.", nameof(marking));
        }

        if (value == SecurityMarking)
        {
            return false;
        }

        _changes.Add(new RecordedChange("SecurityMarkingChanged", Name, SecurityMarking, value, actor, at));
        SecurityMarking = value;
        Version = Guid.NewGuid();
        return true;
    }

    /// <summary>Turns the two-factor requirement on or off; returns false when it is already so.</summary>
    public bool ChangeTwoFactorRequirement(bool required, Actor actor, DateTime at)
    {
        if (required == RequireTwoFactor)
        {
            return false;
        }

        _changes.Add(new RecordedChange("TwoFactorRequirementChanged", Name, RequireTwoFactor ? "Required" : "Not required", required ? "Required" : "Not required", actor, at));
        RequireTwoFactor = required;
        Version = Guid.NewGuid();
        return true;
    }

    /// <summary>
    /// An administrator chooses the public address themselves, until a tool is first published under it: after that,
    /// links to the published pages would break, so it never moves.
    /// </summary>
    public void ChangePublicAddress(string address, IReadOnlyCollection<string> addressesInUse, bool anyToolPublished, Actor actor, DateTime at)
    {
        var value = (address ?? string.Empty).Trim().ToLowerInvariant();
        Rules.Check(new PublicAddressMustNotMoveOncePublishedRule(anyToolPublished, PublicAddress));
        Rules.CheckAll(
        [
            new PublicAddressMustBeWellFormedRule(value),
            new PublicAddressMustBeFreeRule(value, addressesInUse.Where(a => a != PublicAddress).ToList()),
        ]);
        if (value == PublicAddress)
        {
            return;
        }

        _changes.Add(new RecordedChange("PublicAddressChanged", Name, PublicAddress, value, actor, at));
        PublicAddress = value;
        Version = Guid.NewGuid();
    }

    /// <summary>
    /// A new organisation; <paramref name="requireTwoFactor"/> is on for every organisation made outside Development. Its
    /// public address is its name's, with "-2", "-3"… added when another organisation already uses that one.
    /// </summary>
    public static Organisation Create(Guid id, string name, string? onsCode, DateTime at, IReadOnlyCollection<string> addressesInUse, bool requireTwoFactor = false)
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
            PublicAddress = Slugs.Unique(name, addressesInUse),
            OnsCode = code,
            CreatedAt = at,
            Version = Guid.NewGuid(),
            RequireTwoFactor = requireTwoFactor,
        };
    }

    private static bool IsOnsCode(string code) =>
        code.Length == OnsCodeLength && char.IsAsciiLetterUpper(code[0]) && code.Skip(1).All(char.IsAsciiDigit);
}
