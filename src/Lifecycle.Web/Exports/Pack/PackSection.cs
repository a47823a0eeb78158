namespace Lifecycle.Web.Exports.Pack;

/// <summary>A numbered section of the pack; its title becomes a heading, an outline entry and a contents line.</summary>
public sealed record PackSection(string Id, string Title, IReadOnlyList<PackBlock> Blocks);
