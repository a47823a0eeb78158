namespace Lifecycle.Domain.Triage;

public enum PriorUse
{
    YesWithEvidenceOfEffect,
    YesWithoutEvidence,
    No,
    DoNotKnow,
}

public enum Controversy
{
    Yes,
    No,
    DoNotKnow,
}

public enum UserExperience
{
    Experienced,
    SomeExperience,
    NoExperience,
}

public enum DataQualityUnderstanding
{
    UnderstoodAndSufficient,
    UnderstoodButInsufficient,
    NotUnderstood,
}

/// <summary>The widest reach of personal information the tool would use.</summary>
public enum PersonalDataScale
{
    None,
    FamiliesWithASocialWorker,
    FlaggedFamiliesInTheAuthority,
    FlaggedFamiliesInTheRegion,
    WholeAuthority,
    National,
}

public enum BiasAssessment
{
    AssessedNoAdverseImpact,
    AssessedAdverseImpactFound,
    NotAssessed,
    DoNotKnow,
}

[Flags]
public enum AffectedGroups
{
    None = 0,
    ChildrenAndFamiliesInTheArea = 1,
    CareExperiencedChildrenAndFamilies = 2,
    AuthorityStaff = 4,
}
