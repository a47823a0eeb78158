using static Lifecycle.Domain.Framework.Catalogue.ItemFactory;

namespace Lifecycle.Domain.Framework.Catalogue;

internal static class ExploreStages
{
    public static IReadOnlyList<StageDefinition> All { get; } =
    [
        new(1, "Problem identification", Phase.Explore,
            "Be clear about the problem and the people it affects before thinking about any tool.",
            [
                Required("1.1", "Map who would use the tool", "List the teams and roles who would use the output day to day, and who else would be affected by it."),
                Required("1.2", "Understand how confident users are with data", "Find out how comfortable the intended users are reading and questioning data, so the tool and training can match."),
                Required("1.3", "Identify the demands the tool must meet", "Write down the pressures behind the idea: caseloads, statutory duties, gaps in information, and what is driving them."),
                Required("1.4", "Write a table of user needs", "For each group of users, record what they need to do and what stops them today."),
                Required("1.5", "Decide whether data analytics is the right answer", "Record why analytics, rather than a change to process, staffing or training, is the right way to meet these needs."),
            ]),
        new(2, "Capability assessment", Phase.Explore,
            "Check the council has the data, skills and governance to build and run the tool safely.",
            [
                Required("2.1", "Complete the data maturity self-assessment", "Score each of the five parts of data maturity honestly and say why, so the result reflects where the council is now."),
                Required("2.2", "Match the tool's complexity to your maturity", "Confirm the kind of analytics you have in mind is one your maturity level supports; if not, plan to improve first."),
                Required("2.3", "Confirm the extra conditions for predictive tools", "Predictive tools need strong data, skills and governance across the board. Record how each condition is met.", Applicability.PredictiveOnly),
            ]),
        new(3, "Choosing a solution", Phase.Explore,
            "Work out what data and systems you have, what it will cost, and what kind of solution to pursue.",
            [
                Required("3.1", "Catalogue the datasets and their owners", "List every dataset the tool would use, where it comes from and who is responsible for it."),
                Required("3.2", "Assess the quality of the data", "Check completeness, consistency and accuracy of each dataset, and note any groups that are poorly recorded."),
                Required("3.3", "Understand the systems architecture", "Describe the systems the data lives in and how a tool would connect to them."),
                Required("3.4", "Estimate the costs", "Estimate build, running, engagement, training and infrastructure costs over the tool's life."),
                Optional("3.5", "Gather feedback from the teams involved", "Ask the teams who hold the data and who would use the tool what they think of the options."),
                Required("3.6", "Start the business case", "Begin the business case: the problem, hoped-for and unwanted outcomes, red lines and costs."),
                Required("3.7", "Decide whether to build in-house or with a third party", "Record the choice and the reasons, including skills, cost and long-term support."),
                Required("3.8", "Carry out due diligence on the third party", "Check the supplier's track record, data protection practice, and how much of their method they will open to scrutiny.", Applicability.ThirdPartyOnly),
                Required("3.9", "Choose the type of analytics", "Say whether the tool will describe, diagnose or predict, within what your data maturity allows."),
            ]),
        new(4, "Ethics triage", Phase.Explore,
            "Judge the ethical risk of the tool and put the right safeguards and oversight in place.",
            [
                Required("4.1", "Complete the ethics triage", "Answer the triage questions about novelty, users, data and impact to find the risk level and what it requires."),
                Required("4.2", "Record risks and how they will be reduced", "Add each risk the triage raised to the risk log with an owner and a mitigation."),
                Required("4.3", "Start the impact assessments", "Begin the data protection impact assessment and any other assessments the triage points to."),
                Required("4.4", "Start an equality impact assessment", "High-risk tools need an equality impact assessment begun before design starts.", Applicability.HighRiskOnly),
                Required("4.5", "Start a children's rights impact assessment", "High-risk tools need a children's rights impact assessment begun before design starts.", Applicability.HighRiskOnly),
                Required("4.6", "Set up governance and oversight", "Name who is accountable and form an oversight group that will follow the project through."),
                Required("4.7", "Arrange independent scrutiny", "High-risk and novel tools, and councils with little in-house technical skill, need someone independent of the project to review it.", Applicability.IndependentScrutinyOnly),
                Required("4.8", "Get the business case signed off", "A senior leader approves the business case before design begins."),
            ]),
    ];
}
