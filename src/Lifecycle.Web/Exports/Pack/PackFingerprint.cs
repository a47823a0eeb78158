using System.Text;

namespace Lifecycle.Web.Exports.Pack;

/// <summary>
/// A SHA-256 of everything the pack shows except when, by whom and under which marking it was
/// made, so two packs of the same records share a fingerprint and any change to a record changes it.
/// </summary>
public static class PackFingerprint
{
    private const char Separator = '\u001f';

    public static string Of(string projectName, string organisationName, string phase, string stage, string status,
        string frameworkVersion, IEnumerable<PackSection> sections)
    {
        var content = new StringBuilder();
        foreach (var text in new[] { projectName, organisationName, phase, stage, status, frameworkVersion }
                     .Concat(sections.SelectMany(s => s.Blocks.SelectMany(b => b.Texts()).Prepend(s.Title))))
        {
            content.Append(text).Append(Separator);
        }

        return Fingerprint.Of(content.ToString());
    }
}
