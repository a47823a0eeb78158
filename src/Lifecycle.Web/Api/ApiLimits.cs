namespace Lifecycle.Web.Api;

/// <summary>How many API requests one token may make a minute (configuration section "Api").</summary>
public sealed class ApiLimits
{
    public const string Section = "Api";

    public const string Policy = "api";

    public int RequestsPerMinute { get; set; } = 120;
}
