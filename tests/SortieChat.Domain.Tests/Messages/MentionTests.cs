using SortieChat.Domain.Messages;
using SortieChat.Domain.Tests.TestData;

namespace SortieChat.Domain.Tests.Messages;

/// <summary>A message mentions members of its chat only; a deleted message mentions no one.</summary>
public sealed class MentionTests
{
    private static readonly DateTimeOffset T = Some.Now.AddHours(1);

    [Fact]
    public void Post_MentioningMembers_KeepsTheMentionsOnTheMessage()
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");

        var message = scenario.Chat.Post(Some.Id(), scenario.CreatorId, Mentioning("@Bob hi", bob, scenario.CreatorId), null, null, T).Value;

        message.Mentions.Should().Equal(bob, scenario.CreatorId);
    }

    [Fact]
    public void Post_MentioningSomeoneOutsideTheChat_FailsWithValidationAndPostsNothing()
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");
        var lastSeq = scenario.Chat.LastSeq;

        var posted = scenario.Chat.Post(Some.Id(), bob, Mentioning("@Eve", Some.Id()), null, null, T);

        (posted.Outcome(), scenario.Chat.LastSeq).Should().Be(("validation_failed", lastSeq));
    }

    [Fact]
    public void Delete_OfAMessageWithMentions_ClearsThem()
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");
        var message = scenario.Chat.Post(Some.Id(), bob, Mentioning("@Alice", scenario.CreatorId), null, null, T).Value;

        scenario.Chat.DeleteMessage(bob, message, T).EnsureSuccess();

        message.Mentions.Should().BeEmpty();
    }

    private static MessageDraft Mentioning(string content, params string[] userIds) => MessageDraft.Text(content) with { Mentions = userIds };
}
