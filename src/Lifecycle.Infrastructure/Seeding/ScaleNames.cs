namespace Lifecycle.Infrastructure.Seeding;

/// <summary>Made-up but plausible names, so that search and sorting in the benchmark behave as they would on real data.</summary>
internal static class ScaleNames
{
    private static readonly string[] Starts = ["Ash", "Brook", "Castle", "Dun", "East", "Fair", "Glen", "Hart", "Ivy", "Kings", "Lark", "Marsh", "North", "Oak", "Pen"];
    private static readonly string[] Ends = ["borough", "field", "ford", "ham", "ley", "mouth", "shire", "stow", "ton", "wick"];
    private static readonly string[] Topics =
    [
        "Early help demand forecast", "Children in need caseload dashboard", "Missing from education alert", "Care placement sufficiency model",
        "Re-referral risk review", "School attendance insight", "Family hub capacity planner", "Youth justice reoffending dashboard",
        "Special educational needs timeliness tracker", "Foster carer recruitment forecast", "Care leavers outcomes dashboard", "Contact centre triage insight",
    ];

    private static readonly string[] Given = ["Aisha", "Ben", "Chloe", "Dev", "Emma", "Femi", "Grace", "Hamid"];
    private static readonly string[] Family = ["Patel", "Jones", "Okafor", "Smith", "Nowak", "Khan", "Evans", "Reid"];

    public static string Organisation(int index) =>
        $"{Starts[index % Starts.Length]}{Ends[index / Starts.Length % Ends.Length]} Council" + (index >= Starts.Length * Ends.Length ? $" {index / (Starts.Length * Ends.Length) + 1}" : string.Empty);

    public static string Project(int number) => $"{Topics[number % Topics.Length]} {number / Topics.Length + 1}";

    public static string Person(int organisationIndex, ScaleRole role) =>
        $"{Given[(organisationIndex + (int)role) % Given.Length]} {Family[organisationIndex % Family.Length]} ({role}, org {organisationIndex + 1})";
}
