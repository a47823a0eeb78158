namespace Lifecycle.Application.Projects;

/// <summary>Gives a person of the same organisation a role on the project, or takes it away.</summary>
public sealed record ChangeProjectRole(
    Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, Guid PersonId, ProjectRole Role, bool Assign)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class ChangeProjectRoleHandler(ProjectCommandRunner runner, IPeopleDirectory people)
{
    public async Task HandleAsync(ChangeProjectRole request, CancellationToken cancellationToken)
    {
        var person = await people.FindAsync(request.OrganisationId, request.PersonId, cancellationToken)
            ?? throw new NotFoundException("Person");

        await runner.RunAsync(request, (project, now) =>
        {
            if (request.Assign)
            {
                project.AssignRole(person.Id, person.DisplayName, request.Role, request.Actor, now);
            }
            else
            {
                project.RemoveRole(person.Id, person.DisplayName, request.Role, request.Actor, now);
            }
        }, cancellationToken);
    }
}
