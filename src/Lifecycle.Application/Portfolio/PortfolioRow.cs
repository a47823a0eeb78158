using Lifecycle.Domain.Framework;
using Lifecycle.Domain.Projects;

namespace Lifecycle.Application.Portfolio;

public sealed record PortfolioRow(Guid ProjectId, string Name, StageDefinition CurrentStage, ProjectStatus Status, DateTime StageEnteredAt, IReadOnlySet<ProjectRole> MyRoles);
