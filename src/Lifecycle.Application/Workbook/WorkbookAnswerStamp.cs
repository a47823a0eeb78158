namespace Lifecycle.Application.Workbook;

/// <summary>A workbook answer's stamp for <see cref="ConflictScope.Record"/>: its version number (0 before the first answer).</summary>
public static class WorkbookAnswerStamp
{
    public static int Of(Project project, int questionNumber) => project.CurrentAnswer(questionNumber)?.Version ?? 0;

    public static ConflictScope Scope(int questionNumber, int versionSeen) =>
        ConflictScope.Record(p => Of(p, questionNumber).ToString(System.Globalization.CultureInfo.InvariantCulture), versionSeen.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
