using System.Collections.Concurrent;

namespace Lifecycle.Web.Security;

/// <summary>
/// The one-time tokens of add forms that have been submitted: the first submission of a token runs; any other that
/// arrives while it runs waits for it, and any that arrives after it saved gets the same answer without saving again.
/// A submission that saved nothing (the form came back with errors) frees its token, so correcting and resending works.
/// Kept in memory for <see cref="KeptFor"/>: several instances behind a load balancer need sticky sessions for this.
/// </summary>
public sealed class OnceOnlyForms(TimeProvider clock)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(2);
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, Submission> _submissions = new(StringComparer.Ordinal);

    /// <summary>What the first submission answered: where it redirected, and the message it left for the next page.</summary>
    public sealed record Answer(string Location, string? Success);

    /// <summary>
    /// Claims the token for this submission (null: go ahead, then call <see cref="Saved"/> or <see cref="Released"/>), or
    /// returns the answer the submission that claimed it first gave.
    /// </summary>
    public async Task<Answer?> ClaimAsync(string key, CancellationToken cancellationToken)
    {
        while (true)
        {
            Prune();
            var mine = new Submission(clock.GetUtcNow());
            var current = _submissions.GetOrAdd(key, mine);
            if (ReferenceEquals(current, mine))
            {
                return null;
            }

            var answer = await current.Outcome.Task.WaitAsync(LongestWait, cancellationToken);
            if (answer is not null)
            {
                return answer;
            }

            // The first submission saved nothing: this one is tried afresh (it will most likely meet the same errors).
            _submissions.TryRemove(new KeyValuePair<string, Submission>(key, current));
        }
    }

    public void Saved(string key, Answer answer)
    {
        if (_submissions.TryGetValue(key, out var submission))
        {
            submission.Outcome.TrySetResult(answer);
        }
    }

    public void Released(string key)
    {
        if (_submissions.TryRemove(key, out var submission))
        {
            submission.Outcome.TrySetResult(null);
        }
    }

    private void Prune()
    {
        var oldest = clock.GetUtcNow() - KeptFor;
        foreach (var (key, submission) in _submissions)
        {
            if (submission.Started < oldest && submission.Outcome.Task.IsCompleted)
            {
                _submissions.TryRemove(new KeyValuePair<string, Submission>(key, submission));
            }
        }
    }

    private sealed record Submission(DateTimeOffset Started)
    {
        public TaskCompletionSource<Answer?> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
