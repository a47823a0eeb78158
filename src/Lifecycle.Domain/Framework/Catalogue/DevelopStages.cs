using static Lifecycle.Domain.Framework.Catalogue.ItemFactory;

namespace Lifecycle.Domain.Framework.Catalogue;

internal static class DevelopStages
{
    public static IReadOnlyList<StageDefinition> All { get; } =
    [
        new(5, "Design", Phase.Develop,
            "Design the tool with the people who will use it and decide how success will be judged.",
            [
                Required("5.1", "Identify end users and everyone affected", "Name the people who will use the tool and the children, families and staff its outputs will touch."),
                Required("5.2", "Agree success criteria", "Say what should improve, how you will measure it and what counts as success."),
                Required("5.3", "Set accuracy thresholds", "Before testing, set the lowest acceptable precision, recall and accuracy, and the largest gap allowed between groups.", Applicability.PredictiveOnly),
                Required("5.4", "Measure how things work today", "Record a baseline from the current way of working so the tool can be compared with it."),
                Required("5.5", "Agree what data use is acceptable", "Agree with the people the tool affects, including children, families and the staff who use it, which data it may use and for what."),
                RequiredUnlessNotApplicable("5.6", "Design the interface with its users", "Shape what users will see together with them, so outputs are understood and not over-trusted."),
                Required("5.7", "Consider the wider impacts", "Think about effects beyond the immediate users, such as on workload, other services and public trust."),
                Required("5.8", "Revisit data quality and bias", "Look again at gaps and bias in the data now the design is clearer, and plan how to reduce them."),
                Optional("5.9", "Follow good data and development practice", "Use version control, documentation and peer review from the start."),
            ]),
        new(6, "Development", Phase.Develop,
            "Build the tool with privacy, security, explainability and challenge designed in.",
            [
                Required("6.1", "Build in privacy and security protections", "Limit access, protect data in storage and transit, and keep only what is needed."),
                RequiredUnlessNotApplicable("6.2", "Test de-identification", "Where data is de-identified, test that people cannot be picked out again."),
                Required("6.3", "Make outputs explainable and transparent", "Show users why the tool produced an output, in terms they understand."),
                Required("6.4", "Provide a way to challenge outputs", "Give practitioners, children and families a clear route to question an output."),
                Optional("6.5", "Open the code to scrutiny", "Where possible, let others inspect the code and method."),
                Required("6.6", "Set up feedback processes", "Decide how users will report problems and how the team will respond."),
            ]),
        new(7, "Testing", Phase.Develop,
            "Show the tool works, for every group of children, before it is used for real.",
            [
                Required("7.1", "Alpha test on historic data", "Test accuracy, precision, recall and security on past data before anyone relies on the tool."),
                Required("7.2", "Check accuracy for each group of children", "Compare results across demographic groups against the thresholds set in design.", Applicability.PredictiveOnly),
                Required("7.3", "Beta test with users", "Let users try the tool on current cases while its outputs are kept away from decisions, so the public is not yet affected by it."),
                Required("7.4", "Train the users", "Make sure users know what the tool can and cannot tell them, and how to challenge it."),
                Required("7.5", "Test with a broad range of users", "Include users with different roles, experience and confidence with data."),
                Optional("7.6", "Share the test results", "Share results with users, the oversight group and the people affected."),
                Required("7.7", "Have experts outside the team validate the tool", "Ask people independent of the build to check the testing and its conclusions."),
            ]),
        new(8, "Pre-deployment", Phase.Develop,
            "Get ready to go live: people, plans, evaluation and transparency in place.",
            [
                Required("8.1", "Name the people responsible for monitoring", "Give monitoring a named owner and agree who reviews the tool's performance."),
                Required("8.2", "Bring the risk log up to date", "Review every risk, close what is resolved and add anything testing revealed."),
                Required("8.3", "Keep oversight going", "Confirm the oversight group will continue once the tool is live."),
                Required("8.4", "Hand over from the third party", "Agree what the supplier hands over, including documentation, support and access to the model.", Applicability.ThirdPartyOnly),
                Required("8.5", "Write an evaluation plan", "Plan how you will evaluate both how the tool is used and what difference it makes."),
                Required("8.6", "Appoint an independent evaluator", "High-risk and novel tools, and councils with little in-house technical skill, need an evaluator who is independent of the project.", Applicability.IndependentScrutinyOnly),
                Required("8.7", "Plan how to tell the public", "Decide how children, families and the public will hear about the tool."),
                Required("8.8", "Complete the transparency record", "Fill in the algorithmic transparency record so it is ready to publish."),
            ]),
    ];
}
