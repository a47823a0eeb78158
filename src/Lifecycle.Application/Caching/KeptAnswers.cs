using Microsoft.Extensions.Caching.Memory;

namespace Lifecycle.Application.Caching;

/// <summary>
/// The one place answers are kept between requests (docs/caching.md, ADR 0024). A key names the organisation and exactly
/// what the answer was worked out from (a project's version, a trail's newest entry, a digest of the organisation's
/// project versions), so a kept answer is never out of date, only unused; the few answers that rest on time say so in
/// their key's lifetime instead. Bounded: past <see cref="KeptAnswersOptions.Limit"/> the least recently read go first.
/// </summary>
public sealed class KeptAnswers(KeptAnswersOptions options) : IDisposable
{
    private readonly MemoryCache values = new(new MemoryCacheOptions { SizeLimit = options.Limit });

    public bool TryGet<T>(KeptKey<T> key, out T value)
        where T : class
    {
        if (values.TryGetValue(key.Text, out T? kept) && kept is not null)
        {
            value = kept;
            return true;
        }

        value = null!;
        return false;
    }

    public void Keep<T>(KeptKey<T> key, T value)
        where T : class
    {
        var entry = new MemoryCacheEntryOptions { Size = key.Kind.Weight };
        if (key.Kind.ResetsWhenRead)
        {
            entry.SlidingExpiration = key.Kind.KeptFor;
        }
        else
        {
            entry.AbsoluteExpirationRelativeToNow = key.Kind.KeptFor;
        }

        values.Set(key.Text, value, entry);
    }

    /// <summary>The kept answer, or one made now and kept.</summary>
    public async Task<T> GetOrMakeAsync<T>(KeptKey<T> key, Func<Task<T>> make)
        where T : class
    {
        if (TryGet(key, out var value))
        {
            return value;
        }

        value = await make();
        Keep(key, value);
        return value;
    }

    /// <summary>What is kept now, for the tests that check every key names its organisation.</summary>
    internal IReadOnlyList<string> Keys => values.Keys.Cast<string>().ToList();

    public void Dispose() => values.Dispose();
}

/// <param name="Limit">How much is kept at most, in the weights of <see cref="KeptKind"/> (a project copy weighs more than an answer).</param>
public sealed record KeptAnswersOptions(int Limit = KeptAnswersOptions.DefaultLimit)
{
    public const int DefaultLimit = 5_000;
}
