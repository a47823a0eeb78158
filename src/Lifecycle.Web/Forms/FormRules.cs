namespace Lifecycle.Web.Forms;

/// <summary>The rules most forms repeat, each with the GOV.UK style of message: what to do, or the limit that was passed.</summary>
public static class FormRules
{
    /// <summary>"Enter …" when blank; "… must be N characters or fewer" past the limit.</summary>
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilderInitial<T, string?> rule, string missing, int limit, string label) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(missing)
            .Must(v => v!.Trim().Length <= limit).WithMessage($"{label} must be {limit:N0} characters or fewer");

    /// <summary>Optional text: only the length is checked.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int limit, string label) =>
        rule.Must(v => v is null || v.Trim().Length <= limit).WithMessage($"{label} must be {limit:N0} characters or fewer");

    /// <summary>"Enter the date of the review" when empty, or a sentence asking for a real date.</summary>
    public static IRuleBuilderOptions<T, DateInput> RequiredDate<T>(this IRuleBuilder<T, DateInput> rule, string what) =>
        rule.Must(d => d.Value is not null)
            .WithMessage((_, d) => d.IsEmpty ? $"Enter {what}" : $"{Sentence.From(what).TrimEnd('.')} must be a real date, like 27 3 2026");

    /// <summary>An optional date must still be a real one when anything is typed.</summary>
    public static IRuleBuilderOptions<T, DateInput> OptionalDate<T>(this IRuleBuilder<T, DateInput> rule, string what) =>
        rule.Must(d => d.IsValidOrEmpty).WithMessage($"{Sentence.From(what).TrimEnd('.')} must be a real date, like 27 3 2026");
}
