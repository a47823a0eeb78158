namespace Lifecycle.Web.Forms;

internal static class ConcurrencyMessage
{
    public const string Text =
        "Someone else changed this project while you were working on it. Check the latest details below; what you typed has been kept. Submit again to save it.";

    public static string ForSettings(string savedMarking) =>
        $"Another administrator changed these settings while you were working on them. The saved security marking is now {savedMarking}; the form shows what you typed. Submit again to replace it.";
}
