using System.Diagnostics;
using Lifecycle.Infrastructure.Pdf;

namespace Lifecycle.Web.Tests.Support;

/// <summary>What PDF tests need from the machine: in CI it must all be there; elsewhere tests skip and say why.</summary>
public static class PdfTools
{
    private static bool InCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static void RequireBrowser()
    {
        if (BrowserLocator.Find(null) is not null)
        {
            return;
        }

        const string message = "No Chromium, Chrome or Edge on this machine: PDF tests need one (CI installs Debian's chromium).";
        if (InCi)
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
    }

    /// <summary>With LIFECYCLE_PDF_OUTPUT set to a folder, keeps a copy to look at (pdftoppm renders pages to PNG).</summary>
    public static async Task KeepForInspectionAsync(byte[] pdf, string name)
    {
        if (Environment.GetEnvironmentVariable("LIFECYCLE_PDF_OUTPUT") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, name), pdf);
        }
    }

    /// <summary>Runs qpdf --check on the file: required in CI, skipped quietly only where qpdf is not installed.</summary>
    public static async Task CheckStructureAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"lifecycle-check-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var qpdf = Process.Start(new ProcessStartInfo("qpdf", ["--check", file]) { RedirectStandardOutput = true, RedirectStandardError = true });
            var output = await qpdf!.StandardOutput.ReadToEndAsync() + await qpdf.StandardError.ReadToEndAsync();
            await qpdf.WaitForExitAsync();
            Assert.True(qpdf.ExitCode == 0, $"qpdf --check failed:\n{output}");
        }
        catch (System.ComponentModel.Win32Exception) when (!InCi)
        {
            // qpdf is not installed here; CI installs it and runs this check.
        }
        finally
        {
            File.Delete(file);
        }
    }
}
