using System.Globalization;
using System.Text.RegularExpressions;

namespace Lifecycle.Web.Api;

/// <summary>
/// An id as the API document writes it (format uuid: 8-4-4-4-12 hexadecimal digits). The framework's "guid" constraint
/// also takes braces, brackets and 32 bare digits, which the document does not promise: those read as not found.
/// </summary>
public sealed partial class UuidRouteConstraint : IRouteConstraint
{
    public const string Name = "uuid";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value)
        && Convert.ToString(value, CultureInfo.InvariantCulture) is { } text
        && Uuid().IsMatch(text);

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex Uuid();
}
