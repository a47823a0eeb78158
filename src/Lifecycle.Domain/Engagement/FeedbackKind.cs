namespace Lifecycle.Domain.Engagement;

public enum FeedbackKind
{
    /// <summary>A comment, problem or suggestion about the tool.</summary>
    Feedback,

    /// <summary>Someone questions an output or a decision the tool informed.</summary>
    Challenge,
}
