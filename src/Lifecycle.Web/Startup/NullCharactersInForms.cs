using System.Net;
using System.Text;

namespace Lifecycle.Web.Startup;

/// <summary>
/// ASP.NET Core refuses a whole form that contains a null character (%00), so a stray one pasted
/// into any field would lose everything typed and show a generic error. This takes the null
/// characters out before the form is read and remembers which fields had them, so the page can
/// show the form again with an error on each of those fields.
/// </summary>
internal sealed class NullCharactersInForms(RequestDelegate next)
{
    public const string FieldsKey = "lifecycle:fields-with-null-characters";
    private const long LargestFormInspected = 4 * 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method)
            && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true
            && request.ContentLength is > 0 and <= LargestFormInspected)
        {
            request.EnableBuffering();
            using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            request.Body.Position = 0;
            if (body.Contains("%00", StringComparison.Ordinal))
            {
                var pairs = body.Split('&');
                context.Items[FieldsKey] = pairs.Where(p => p.Contains("%00", StringComparison.Ordinal))
                    .Select(p => WebUtility.UrlDecode(p.Split('=')[0].Replace("%00", string.Empty, StringComparison.Ordinal)))
                    .ToHashSet(StringComparer.Ordinal);
                var cleaned = Encoding.UTF8.GetBytes(string.Join('&', pairs.Select(p => p.Replace("%00", string.Empty, StringComparison.Ordinal))));
                request.Body = new MemoryStream(cleaned);
                request.ContentLength = cleaned.Length;
            }
        }

        await next(context);
    }
}
