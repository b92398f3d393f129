using SortieChat.Infrastructure.Realtime;

namespace SortieChat.Infrastructure.Tests.Realtime;

public sealed class InMemoryPresenceTrackerTests
{
    private readonly InMemoryPresenceTracker tracker = new();

    [Fact]
    public async Task Join_TwoConnectionsOfOneUser_OnlyTheFirstIsAnArrivalAndOnlyTheLastLeaveADeparture()
    {
        (await tracker.JoinAsync("s", "alice", "c1")).Should().BeTrue();
        (await tracker.JoinAsync("s", "alice", "c2")).Should().BeFalse();
        (await tracker.LeaveAsync("s", "alice", "c1")).Should().BeFalse();
        (await tracker.GetOnlineUsersAsync("s", TestContext.Current.CancellationToken)).Should().BeEquivalentTo(["alice"]);
        (await tracker.LeaveAsync("s", "alice", "c2")).Should().BeTrue();
        (await tracker.GetOnlineUsersAsync("s", TestContext.Current.CancellationToken)).Should().BeEmpty();
    }

    [Fact]
    public async Task Leave_AConnectionThatNeverJoined_IsNoDeparture()
    {
        (await tracker.LeaveAsync("s", "bob", "c9")).Should().BeFalse();
    }
}
