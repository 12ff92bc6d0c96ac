using Akka.Actor;
using VixShield.Grid.Coordinator;

namespace VixShield.Grid.Tests;

public sealed class JournalLagTests
{
    [Fact]
    public void Messages_wait_past_the_limit_and_come_back_in_arrival_order_as_writes_make_room()
    {
        var lag = new JournalLag(limit: 100);
        Assert.False(lag.MustWait);
        lag.Applied(60);
        Assert.False(lag.MustWait);
        lag.Applied(60);
        Assert.True(lag.MustWait);

        lag.Hold("a", ActorRefs.Nobody);
        lag.Hold("b", ActorRefs.Nobody);
        Assert.False(lag.TryRelease(out _));

        lag.Written(60);
        Assert.True(lag.MustWait); // 60 unwritten is under the limit, but "a" and "b" still wait: order is kept
        Assert.True(lag.TryRelease(out var first));
        Assert.Equal("a", first.Message);
        lag.Applied(50); // "a" was taken: its 50 results bring the count to 110
        Assert.False(lag.TryRelease(out _));

        lag.Written(110);
        Assert.True(lag.TryRelease(out var second));
        Assert.Equal("b", second.Message);
        Assert.False(lag.MustWait);
        Assert.Equal(0, lag.Held);
    }

    [Fact]
    public void Draining_hands_back_everything_that_waits()
    {
        var lag = new JournalLag(limit: 1);
        lag.Applied(1);
        lag.Hold(1, ActorRefs.Nobody);
        lag.Hold(2, ActorRefs.Nobody);
        Assert.Equal([1, 2], lag.DrainAll().Select(h => (int)h.Message));
        Assert.Equal(0, lag.Held);
    }
}
