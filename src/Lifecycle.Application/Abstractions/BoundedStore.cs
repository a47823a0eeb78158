using Microsoft.Extensions.Caching.Memory;

namespace Lifecycle.Application.Abstractions;

/// <summary>
/// Answers kept in memory under a key that names exactly what they were worked out from (a project's version, the
/// newest entry of an audit trail), so a kept answer is never out of date, only unused. Bounded: past the limit the
/// least recently read go first, and any not read for ten minutes are let go.
/// </summary>
public abstract class BoundedStore<TKey, TValue> : IDisposable
    where TKey : notnull
{
    private static readonly TimeSpan Unread = TimeSpan.FromMinutes(10);

    private readonly MemoryCache values;

    protected BoundedStore(int limit) => values = new MemoryCache(new MemoryCacheOptions { SizeLimit = limit });

    public bool TryGet(TKey key, out TValue value)
    {
        if (values.TryGetValue(key, out TValue? kept) && kept is not null)
        {
            value = kept;
            return true;
        }

        value = default!;
        return false;
    }

    public void Keep(TKey key, TValue value) => values.Set(key, value, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Unread });

    public void Dispose()
    {
        values.Dispose();
        GC.SuppressFinalize(this);
    }
}
