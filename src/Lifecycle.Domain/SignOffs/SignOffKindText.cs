namespace Lifecycle.Domain.SignOffs;

public static class SignOffKindText
{
    /// <summary>What a sign-off of this kind approves, as the object of a sentence.</summary>
    public static string Subject(this SignOffKind kind) => kind switch
    {
        SignOffKind.BusinessCase => "the business case",
        SignOffKind.GoLive => "go-live (the evaluation plan and accuracy thresholds)",
        SignOffKind.Retirement => "retiring the tool",
    };
}
