using Lifecycle.Domain.Engagement;

namespace Lifecycle.Web.Tests.Publication;

public sealed class PublicQuestionLimitFactory : LifecycleFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("PublicQuestions:PerAddress", "3")];
}

/// <summary>Issue 15: the public question form is rate limited per address, so nobody can flood a project's register; reading is not.</summary>
public sealed class PublicQuestionLimitTests(PublicQuestionLimitFactory factory) : IClassFixture<PublicQuestionLimitFactory>
{
    [Fact]
    public async Task AfterTheLimit_QuestionsAreRefusedWithAPlainPage_NothingMoreIsSaved_AndThePageStillReads()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        var address = await factory.PublishLiveProjectAsync(team);
        var anyone = PageClient.For(factory);
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            var page = await anyone.GetAsync(address); // each question from a freshly shown form: a form sends once
            answers.Add(await anyone.SubmitAsync(page, "#question-form", new()
            {
                ["Input.Kind"] = nameof(FeedbackKind.Feedback),
                ["Input.About"] = $"Question {i}",
                ["Input.Details"] = "How long is the information kept?",
            }));
        }

        var refusal = await PageClient.ParseAsync(answers[^1]);
        Assert.Equal("Too many messages", refusal.QuerySelector("h1")!.TextContent);
        Assert.Empty(refusal.QuerySelectorAll("main a[href='/']"));

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        Assert.Equal(3, await factory.WithDbAsync(db => db.Set<FeedbackItem>().CountAsync(f => f.ProjectId == team.ProjectId && f.About.StartsWith("Question "))));
        Assert.Equal(HttpStatusCode.OK, (await anyone.GetResponseAsync(address)).StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(60), answers[^1].Headers.RetryAfter!.Delta);
    }
}

/// <summary>An app of its own, so the allowance is not already used up by the other tests.</summary>
public sealed class FreshPublicQuestionLimitFactory : LifecycleFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("PublicQuestions:PerAddress", "3")];
}

/// <summary>Issue 26, point 10: only questions that were saved count against the allowance.</summary>
public sealed class PublicQuestionAllowanceTests(FreshPublicQuestionLimitFactory factory) : IClassFixture<FreshPublicQuestionLimitFactory>
{
    [Fact]
    public async Task AFormSentBackWithAMistake_DoesNotUseUpTheAllowance()
    {
        var team = await Team.CreateAsync(factory, predictive: true);
        var address = await factory.PublishLiveProjectAsync(team);
        var anyone = PageClient.For(factory);
        var page = await anyone.GetAsync(address);

        for (var i = 0; i < 4; i++)
        {
            var refused = await anyone.SubmitAsync(page, "#question-form", new() { ["Input.Kind"] = nameof(FeedbackKind.Feedback), ["Input.About"] = "", ["Input.Details"] = "" });
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        var accepted = await anyone.SubmitAsync(page, "#question-form", new()
        {
            ["Input.Kind"] = nameof(FeedbackKind.Feedback),
            ["Input.About"] = "Keeping information",
            ["Input.Details"] = "How long is the information kept?",
        });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }
}
