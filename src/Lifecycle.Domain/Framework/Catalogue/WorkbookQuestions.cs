namespace Lifecycle.Domain.Framework.Catalogue;

/// <summary>
/// Lifecycle's own ethics workbook, versioned with the framework. The guidance requires
/// questions 1 to 5 before design and 1 to 11 before go-live.
/// </summary>
internal static class WorkbookQuestions
{
    public static IReadOnlyList<WorkbookQuestion> All { get; } =
    [
        new(1, Phase.Explore, "What problem will the tool help with, and who benefits?", "Describe the problem in terms of children, families and staff, not the technology."),
        new(2, Phase.Explore, "Who will the tool affect, and how have they been involved?", "Include children and families, practitioners and partner agencies, and what they told you."),
        new(3, Phase.Explore, "What data will it use, how good is that data, and where could it be biased?", "Think about groups that are missing, poorly recorded or recorded differently."),
        new(4, Phase.Explore, "What is the legal basis for using the data, and which impact assessments have started?", "Name the lawful basis and the DPIA, equality and children's rights assessments."),
        new(5, Phase.Explore, "Who is accountable for the tool, and are the resources and skills in place?", "Name the senior owner and say how the work is staffed and funded."),
        new(6, Phase.Develop, "What use of data is acceptable, and how is privacy protected?", "Say what the tool may and may not do with data, and the safeguards built in."),
        new(7, Phase.Develop, "How is bias reduced, and how has fairness been tested?", "Describe results for different groups and what was done about any gaps."),
        new(8, Phase.Develop, "How can a practitioner understand an output and reach their own conclusion?", "Explain what users see and how the tool supports, rather than replaces, their judgement."),
        new(9, Phase.Develop, "How did testing show the tool is accurate and reliable enough?", "Summarise the thresholds set, the results, and who validated them."),
        new(10, Phase.Develop, "How can users, children and families question an output or raise a concern?", "Describe the route, who responds, and how quickly."),
        new(11, Phase.Develop, "What will be published about the tool?", "For example, the transparency record and how the public will hear about it."),
        new(12, Phase.Implement, "How will the tool be monitored and reviewed?", "Say how often, by whom, and what would trigger action."),
        new(13, Phase.Implement, "How will its impact be evaluated?", "Describe the evaluation, and who carries it out."),
        new(14, Phase.Implement, "What happens if the tool is used for something new?", "Say what a change of scope triggers, such as a new triage."),
        new(15, Phase.Implement, "When and how would the tool be retired?", "Describe the signs it should stop, and how it would be switched off safely."),
    ];
}
