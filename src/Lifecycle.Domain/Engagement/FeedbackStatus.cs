namespace Lifecycle.Domain.Engagement;

public enum FeedbackStatus
{
    Open,
    Responded,
    Closed,
}
