using Lifecycle.Application.Testing;
using Lifecycle.Domain.Testing;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lifecycle.Web.Forms;

/// <summary>
/// Per-group results on a test run or monitoring review form: an uploaded CSV of cases or up to
/// six typed rows of counts. Errors go to model state under the field they belong to.
/// </summary>
public static class GroupCountsForm
{
    public const int TypedRows = 6;

    public static List<GroupRowInput> Padded(List<GroupRowInput> rows)
    {
        var padded = rows.Take(TypedRows).ToList();
        while (padded.Count < TypedRows)
        {
            padded.Add(new GroupRowInput());
        }

        return padded;
    }

    public static List<GroupCounts> Read(IFormFile? upload, IReadOnlyList<GroupRowInput> rows, ModelStateDictionary modelState) =>
        upload is { Length: > 0 } ? FromUpload(upload, rows, modelState) : FromRows(rows, modelState);

    private static List<GroupCounts> FromUpload(IFormFile upload, IReadOnlyList<GroupRowInput> rows, ModelStateDictionary modelState)
    {
        if (rows.Any(r => !r.IsBlank))
        {
            modelState.AddModelError("Upload", "Upload a file or type the counts, not both");
            return [];
        }

        using var stream = upload.OpenReadStream();
        var read = PredictionsCsv.Read(stream);
        foreach (var error in read.Errors)
        {
            modelState.AddModelError("Upload", error);
        }

        return read.CountsByGroup?.Select(g => new GroupCounts(g.Key, g.Value.TruePositives, g.Value.FalsePositives, g.Value.TrueNegatives, g.Value.FalseNegatives)).ToList() ?? [];
    }

    private static List<GroupCounts> FromRows(IReadOnlyList<GroupRowInput> rows, ModelStateDictionary modelState)
    {
        var valid = true;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.IsBlank)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(row.Group) || row.Group.Trim().Length > GroupCounts.GroupNameLength)
            {
                modelState.AddModelError($"Rows[{i}].Group", $"Enter a name for group {i + 1}, up to {GroupCounts.GroupNameLength} characters");
                valid = false;
            }

            if (row.Counts().Any(c => !GroupRowInput.IsCount(c.Value)))
            {
                modelState.AddModelError($"Rows[{i}].Counts", $"Enter all four counts for group {i + 1} as whole numbers, 0 or more");
                valid = false;
            }
        }

        return valid ? rows.Where(r => !r.IsBlank).Select(r => r.ToCounts()).ToList() : [];
    }
}

/// <summary>What the shared results fields need to render.</summary>
public sealed record GroupCountsFields(IReadOnlyList<GroupRowInput> Rows, bool IsPredictive);
