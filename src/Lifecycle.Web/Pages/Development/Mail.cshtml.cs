using Lifecycle.Infrastructure.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lifecycle.Web.Pages.Development;

/// <summary>
/// In Development, emails are written to files instead of sent; this page lists them, newest first, so a
/// developer can follow invitation and reset links. Anywhere else it does not exist.
/// </summary>
[AllowAnonymous]
public sealed class MailModel(IWebHostEnvironment environment, FileEmailTransport files) : PageModel
{
    private const int Shown = 50;

    public IReadOnlyList<SavedEmail> Emails { get; private set; } = [];

    public string Folder => files.Folder;

    public IActionResult OnGet()
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }

        Emails = Directory.Exists(files.Folder)
            ? new DirectoryInfo(files.Folder).EnumerateFiles("*.txt").OrderByDescending(f => f.Name, StringComparer.Ordinal).Take(Shown)
                .Select(SavedEmail.Read).ToList()
            : [];
        return Page();
    }

    /// <summary>One email file: its headers and the text under them.</summary>
    public sealed record SavedEmail(string FileName, DateTime WrittenAt, string To, string Subject, string Body)
    {
        public static SavedEmail Read(FileInfo file)
        {
            var lines = System.IO.File.ReadAllLines(file.FullName);
            string Header(string name) => lines.TakeWhile(l => l.Length > 0).FirstOrDefault(l => l.StartsWith(name + ": ", StringComparison.Ordinal))?[(name.Length + 2)..] ?? string.Empty;
            var body = string.Join('\n', lines.SkipWhile(l => l.Length > 0).Skip(1));
            return new SavedEmail(file.Name, file.LastWriteTimeUtc, Header("To"), Header("Subject"), body);
        }
    }
}
