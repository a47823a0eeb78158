using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lifecycle.Web.Forms;

/// <summary>A role on the project for someone in the organisation. Who may give which role is the domain's rule.</summary>
public sealed class TeamMemberInput
{
    [Display(Name = "Person")]
    public Guid? PersonId { get; set; }

    [Display(Name = "Role")]
    public ProjectRole? Role { get; set; }

    /// <summary>The people of the organisation who can be chosen; set by the page, never from the form.</summary>
    [BindNever]
    public IReadOnlyCollection<Guid> Choosable { get; set; } = [];
}

public sealed class TeamMemberInputValidator : AbstractValidator<TeamMemberInput>
{
    public TeamMemberInputValidator()
    {
        RuleFor(x => x.PersonId).Must((input, id) => id is { } person && input.Choosable.Contains(person)).WithMessage("Select a person from the list");
        RuleFor(x => x.Role).Must(role => role is { } value && Enum.IsDefined(value)).WithMessage("Select a role");
    }
}
