namespace Lifecycle.Application.Caching;

/// <summary>
/// Where an answer of type <typeparamref name="T"/> is kept. Made only by <see cref="KeptKeys"/>, so every key starts
/// with its kind and the organisation it belongs to, and the type of what is kept under it is fixed by the key.
/// </summary>
public readonly record struct KeptKey<T>
    where T : class
{
    internal KeptKey(KeptKind kind, Guid organisationId, string rest)
    {
        Kind = kind;
        OrganisationId = organisationId;
        Text = $"{kind.Name}:{organisationId:N}:{rest}";
    }

    public KeptKind Kind { get; }

    public Guid OrganisationId { get; }

    public string Text { get; }

    public override string ToString() => Text;
}
