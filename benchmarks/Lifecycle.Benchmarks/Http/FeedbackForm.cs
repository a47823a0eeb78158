using System.Globalization;

namespace Lifecycle.Benchmarks.Http;

/// <summary>What a person types into the "add a feedback item" form, with the form's own token and version, dated today.</summary>
internal static class FeedbackForm
{
    public static string PathFor(Guid project) => $"/projects/{project}/engagement/feedback/new";

    public static Dictionary<string, string> Fields(string token, string version, string details)
    {
        var today = DateTime.UtcNow;
        return new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Version"] = version,
            ["Input.Kind"] = "Feedback",
            ["Input.RaisedBy"] = "Locality lead",
            ["Input.RaisedOn.Day"] = today.Day.ToString(CultureInfo.InvariantCulture),
            ["Input.RaisedOn.Month"] = today.Month.ToString(CultureInfo.InvariantCulture),
            ["Input.RaisedOn.Year"] = today.Year.ToString(CultureInfo.InvariantCulture),
            ["Input.About"] = "Forecast ranges",
            ["Input.Details"] = details,
        };
    }
}
