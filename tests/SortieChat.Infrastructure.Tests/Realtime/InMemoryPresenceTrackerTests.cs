using SortieChat.Infrastructure.Realtime;

namespace SortieChat.Infrastructure.Tests.Realtime;

public sealed class InMemoryPresenceTrackerTests
{
    private readonly InMemoryPresenceTracker tracker = new();

    [Fact]
    public async Task Join_TwoConnectionsOfOneUser_OnlyTheFirstIsAnArrivalAndOnlyTheLastLeaveADeparture()
    {
        tracker.Join("s", "alice", "c1").Should().BeTrue();
        tracker.Join("s", "alice", "c2").Should().BeFalse();
        tracker.Leave("s", "alice", "c1").Should().BeFalse();
        (await tracker.GetOnlineUsersAsync("s", TestContext.Current.CancellationToken)).Should().BeEquivalentTo(["alice"]);
        tracker.Leave("s", "alice", "c2").Should().BeTrue();
        (await tracker.GetOnlineUsersAsync("s", TestContext.Current.CancellationToken)).Should().BeEmpty();
    }

    [Fact]
    public void Leave_AConnectionThatNeverJoined_IsNoDeparture()
    {
        tracker.Leave("s", "bob", "c9").Should().BeFalse();
    }
}
