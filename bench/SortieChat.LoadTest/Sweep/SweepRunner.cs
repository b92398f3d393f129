using System.Globalization;
using System.Text.Unicode;
using SortieChat.LoadTest.Hub;
using SortieChat.LoadTest.Measure;

namespace SortieChat.LoadTest.Sweep;

/// <summary>
/// Runs a sweep of offered rates against one target: connect everybody, warm up, then one step per rate, each
/// followed by a drain; the sweep stops after a step that is far past the knee.
/// </summary>
internal sealed class SweepRunner(SweepSettings settings, Target target, string runTag) : IRecordSink
{
    private readonly ProcessMeter _self = ProcessMeter.Self();
    private volatile StepRun? _step;
    private Fleet? _fleet;
    private long _closed;

    public async Task<TargetResult> RunAsync(CancellationToken ct)
    {
        // A server still working off the backlog of an earlier scenario would tax the first steps.
        await SettleAsync(TimeSpan.FromSeconds(60));
        _fleet = await BuildFleetAsync(ct);
        using var keepAlive = new CancellationTokenSource();
        var pinging = KeepAlive.RunAsync(() => _fleet.Connections, keepAlive.Token);
        var idleRss = target.Server?.RssKiB() / 1024.0 ?? 0;
        var steps = new List<StepResult>();
        try
        {
            if (settings.WarmupSeconds > 0)
            {
                await RunStepAsync(0, settings.Rates[0], settings.WarmupSeconds, "warm-up", ct);
            }

            for (var i = 0; i < settings.Rates.Count; i++)
            {
                var result = await RunStepAsync(i + 1, settings.Rates[i], settings.StepSeconds, "step", ct);
                steps.Add(result);
                Console.Error.WriteLine(Summary(result));
                if (result.DeliveryP99Ms > SweepSettings.StopAboveP99Ms || result.Reach < 0.99)
                {
                    Console.Error.WriteLine($"  {target.Name}: far past the knee; higher rates skipped.");
                    break;
                }

                await SettleAsync(TimeSpan.FromSeconds(10));
            }
        }
        finally
        {
            await keepAlive.CancelAsync();
            await pinging;
            await _fleet.CloseAsync();
        }

        return new TargetResult(target.Name, target.BaseUri.ToString(), Math.Round(idleRss, 1), steps);
    }

    public void OnDelivery(HubConnection connection, int step, int sender, int number, long receivedTicks)
    {
        var current = _step;
        if (current is null || current.Index != step)
        {
            if (current is not null)
            {
                Interlocked.Increment(ref current.Stale);
            }

            return;
        }

        current.Deliver(connection, sender, number, receivedTicks);
    }

    public void OnAck(HubConnection connection, int step, int number, bool failed, ReadOnlySpan<byte> record, long receivedTicks)
    {
        var current = _step;
        if (current is not null && current.Index == step && connection.SenderIndex >= 0)
        {
            current.Acknowledge(connection.SenderIndex, number, failed, record, receivedTicks);
        }
    }

    public void OnClosed(HubConnection connection, string reason)
    {
        if (Interlocked.Increment(ref _closed) <= 5)
        {
            Console.Error.WriteLine($"\n  {target.Name}: connection {connection.Index} closed: {reason}");
        }

        _step?.Fail($"connection closed: {reason}");
    }

    private async Task<Fleet> BuildFleetAsync(CancellationToken ct)
    {
        IReadOnlyList<string> sortieIds;
        Func<int, string> tokenOf;
        if (target.Population is { } population)
        {
            var rooms = await population.RoomsAsync(settings.Rooms, settings.Members, ct);
            sortieIds = [.. rooms.Select(room => room.SortieId)];
            tokenOf = i => population.Users[rooms[i / settings.Members].Members[i % settings.Members]].AccessToken;
        }
        else
        {
            sortieIds = [.. Enumerable.Range(0, settings.Rooms).Select(_ => Guid.CreateVersion7().ToString())];
            tokenOf = _ => "ignored-by-the-baseline";
        }

        var connections = await Fleet.ConnectAsync(target, sortieIds, 0, settings.Connections, i => i / settings.Members, tokenOf, this, ct);
        var senders = connections.Where(connection => connection.Index % settings.Members < settings.SendersPerRoom).ToArray();
        for (var i = 0; i < senders.Length; i++)
        {
            senders[i].SenderIndex = i;
        }

        return new Fleet(sortieIds, connections, senders);
    }

    private async Task<StepResult> RunStepAsync(int index, double rate, double seconds, string kind, CancellationToken ct)
    {
        var fleet = _fleet!;
        foreach (var connection in fleet.Connections)
        {
            Interlocked.Exchange(ref connection.StepDeliveries, 0);
        }

        var start = MonotonicClock.Now + MonotonicClock.TicksOf(TimeSpan.FromMilliseconds(100));
        var step = new StepRun(index, rate, seconds, fleet.Senders.Count, settings.Rooms, start);
        foreach (var sender in fleet.Senders)
        {
            step.OfferedPerRoom[sender.Room] += step.CountFor(sender.SenderIndex);
        }

        _step = step;
        var meterStart = MonotonicClock.Now;
        var serverCpu0 = target.Server?.CpuMilliseconds() ?? 0;
        var selfCpu0 = _self.CpuMilliseconds();
        var machineCpu0 = MachineMeter.BusyMilliseconds();
        var deadline = step.WindowEnd + MonotonicClock.TicksOf(TimeSpan.FromSeconds(settings.DrainSeconds));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        stop.CancelAfter(TimeSpan.FromSeconds(seconds + settings.DrainSeconds + 10));
        var sending = Task.WhenAll(fleet.Senders.Select(sender => SendLoopAsync(step, sender, deadline, stop.Token)));
        var reconnecting = ReconnectLoopAsync(step, stop.Token);
        var serverCpuWindow = 0.0;
        var selfCpuWindow = 0.0;
        var label = string.Create(CultureInfo.InvariantCulture, $"{settings.Scenario} {target.Name} {kind} {rate:0}/s");
        long left;
        while ((left = step.WindowEnd - MonotonicClock.Now) > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(1, MonotonicClock.SecondsBetween(0, left))), ct);
            Progress(label, step);
        }

        var meteredSeconds = MonotonicClock.SecondsBetween(meterStart, MonotonicClock.Now);
        serverCpuWindow = (target.Server?.CpuMilliseconds() ?? 0) - serverCpu0;
        selfCpuWindow = _self.CpuMilliseconds() - selfCpu0;
        var otherCpuWindow = MachineMeter.BusyMilliseconds() - machineCpu0 - serverCpuWindow - selfCpuWindow;
        await sending;
        await reconnecting;
        var expected = Expected(step, fleet);
        while (MonotonicClock.Now < deadline && (Delivered(step, fleet) < expected || step.Acked + step.AckErrors < step.Sent))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), ct);
        }

        Progress(label, step);
        Console.Error.WriteLine();
        var serverCpuStep = (target.Server?.CpuMilliseconds() ?? 0) - serverCpu0;
        _step = null;
        var delivered = Delivered(step, fleet);
        expected = Expected(step, fleet);
        var lastDelivery = Math.Max(step.LastDeliveryTicks, step.WindowEnd);
        var selfCpuPercent = 100 * selfCpuWindow / (meteredSeconds * 1000);
        return new StepResult
        {
            OfferedRate = rate,
            Seconds = seconds,
            Offered = step.OfferedPerRoom.Sum(),
            Sent = step.Sent,
            Acked = step.Acked,
            AckErrors = step.AckErrors,
            Expected = expected,
            Delivered = delivered,
            DeliveriesPerSecond = Math.Round(delivered / MonotonicClock.SecondsBetween(step.T0, lastDelivery)),
            // Messages delivered (to every steady member they were due to) per second: deliveries ÷ deliveries due per message.
            MessagesPerSecond = expected == 0 ? 0 : Math.Round(delivered * (double)(step.OfferedPerRoom.Sum() - step.SkippedPerRoom.Sum()) / expected / MonotonicClock.SecondsBetween(step.T0, lastDelivery), 1),
            Reach = expected == 0 ? 0 : Math.Round(delivered / (double)expected, 5),
            AckP50Ms = Round(step.Ack.PercentileMs(0.50)),
            AckP99Ms = Round(step.Ack.PercentileMs(0.99)),
            DeliveryP50Ms = Round(step.Delivery.PercentileMs(0.50)),
            DeliveryP99Ms = Round(step.Delivery.PercentileMs(0.99)),
            DeliveryP999Ms = Round(step.Delivery.PercentileMs(0.999)),
            DeliveryMaxMs = Round(step.Delivery.MaxMs),
            ServerCpuPercent = Math.Round(100 * serverCpuWindow / (meteredSeconds * 1000), 1),
            ServerCpuMsPer1000Deliveries = delivered == 0 ? 0 : Math.Round(serverCpuStep / (delivered / 1000.0), 1),
            ServerRssMiB = Math.Round((target.Server?.RssKiB() ?? 0) / 1024.0, 1),
            GeneratorCpuPercent = Math.Round(selfCpuPercent, 1),
            OtherCpuPercent = Math.Round(Math.Max(0, 100 * otherCpuWindow / (meteredSeconds * 1000)), 1),
            GeneratorWakeLagP99Ms = Round(step.WakeLag.PercentileMs(0.99)),
            GeneratorSaturated = selfCpuPercent >= 90 || step.WakeLag.PercentileMs(0.99) > GeneratorLagLimitMs,
            Reconnects = step.Reconnects,
            SkippedWhileReconnecting = step.SkippedPerRoom.Sum(),
            FirstError = step.FirstError,
        };
    }

    /// <summary>A sender's timer waking this late (a tenth of the latency goal) means the generator is behind: its lag is inside every latency.</summary>
    private const double GeneratorLagLimitMs = 10;

    private async Task SendLoopAsync(StepRun step, HubConnection sender, long deadline, CancellationToken ct)
    {
        var buffer = new byte[settings.ContentLength + 512];
        var count = step.CountFor(sender.SenderIndex);
        var sortieId = _fleet!.SortieIds[sender.Room];
        for (long n = 0; n < count; n++)
        {
            var due = step.DueTicks(sender.SenderIndex, n);
            var waited = false;
            long remaining;
            while ((remaining = due - MonotonicClock.Now) > 0)
            {
                waited = true;
                await Task.Delay(TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond, remaining * TimeSpan.TicksPerSecond / System.Diagnostics.Stopwatch.Frequency)), ct);
            }

            var now = MonotonicClock.Now;
            if (waited)
            {
                step.WakeLag.Record(MonotonicClock.Microseconds(due, now));
            }

            if (now > deadline)
            {
                step.Fail($"sender {sender.SenderIndex} could not hand {count - n} messages to its socket before the drain ended");
                return;
            }

            if (sender.Reconnecting || !sender.IsOpen)
            {
                if (sender.Reconnecting)
                {
                    Interlocked.Increment(ref step.SkippedPerRoom[sender.Room]);
                }

                continue;
            }

            var frame = Frame(buffer, step.Index, sender.SenderIndex, n, sortieId);
            try
            {
                await sender.SendInvocationAsync(buffer.AsMemory(0, frame), ct);
                Interlocked.Increment(ref step.Sent);
            }
            catch (Exception exception) when (exception is System.Net.WebSockets.WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                if (sender.Reconnecting)
                {
                    Interlocked.Increment(ref step.SkippedPerRoom[sender.Room]);
                }
                else
                {
                    Interlocked.Increment(ref step.SendFailures);
                    step.Fail($"send failed: {exception.Message}");
                }
            }
        }
    }

    private int Frame(byte[] buffer, int step, int sender, long number, string sortieId)
    {
        var padding = Math.Max(0, settings.ContentLength - 24);
        var ok = Utf8.TryWrite(
            buffer,
            CultureInfo.InvariantCulture,
            $"{{\"type\":1,\"invocationId\":\"{step}.{number}\",\"target\":\"sendMessage\",\"arguments\":[{{\"sortieId\":\"{sortieId}\",\"type\":\"text\",\"content\":\"~{step}.{sender}.{number}~{Padding[..padding]}\",\"clientMessageId\":\"{runTag}-{step}-{sender}-{number}\"}}]}}\u001e",
            out var written);
        return ok ? written : throw new InvalidOperationException("frame buffer too small");
    }

    private static readonly string Padding = new('x', 4096);

    /// <summary>Reconnects random clients at the configured rate (scenario B): close, reopen, handshake, join.</summary>
    private async Task ReconnectLoopAsync(StepRun step, CancellationToken ct)
    {
        if (settings.ReconnectPercentPerMinute <= 0)
        {
            return;
        }

        var fleet = _fleet!;
        var perSecond = fleet.Connections.Count * settings.ReconnectPercentPerMinute / 100 / 60;
        var interval = TimeSpan.FromSeconds(1 / perSecond);
        var random = new Random(step.Index);
        var running = new List<Task>();
        while (MonotonicClock.Now < step.WindowEnd && !ct.IsCancellationRequested)
        {
            var connection = fleet.Connections[random.Next(fleet.Connections.Count)];
            if (!connection.Reconnecting)
            {
                running.Add(ReconnectAsync(step, connection, fleet.SortieIds[connection.Room], ct));
            }

            await Task.Delay(interval, CancellationToken.None);
        }

        await Task.WhenAll(running);
    }

    private static async Task ReconnectAsync(StepRun step, HubConnection connection, string sortieId, CancellationToken ct)
    {
        connection.Reconnecting = true;
        connection.UnstableStep = step.Index;
        try
        {
            // Like a client closing its app: it waits (a little) for the acknowledgements of what it sent.
            var patience = MonotonicClock.Now + MonotonicClock.TicksOf(TimeSpan.FromSeconds(5));
            while (connection.Outstanding > 0 && MonotonicClock.Now < patience)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), CancellationToken.None);
            }

            await connection.ReconnectAsync(sortieId, ct);
            Interlocked.Increment(ref step.Reconnects);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            step.Fail($"reconnect failed: {exception.Message}");
        }
        finally
        {
            connection.UnstableStep = step.Index;
            connection.Reconnecting = false;
        }
    }

    /// <summary>Each room's offered messages (minus those skipped by a reconnecting sender) times its steady connections.</summary>
    private static long Expected(StepRun step, Fleet fleet)
    {
        var steady = new long[step.OfferedPerRoom.Length];
        foreach (var connection in fleet.Connections)
        {
            if (connection.UnstableStep != step.Index)
            {
                steady[connection.Room]++;
            }
        }

        long expected = 0;
        for (var room = 0; room < steady.Length; room++)
        {
            expected += (step.OfferedPerRoom[room] - Interlocked.Read(ref step.SkippedPerRoom[room])) * steady[room];
        }

        return expected;
    }

    private static long Delivered(StepRun step, Fleet fleet) =>
        fleet.Connections.Where(connection => connection.UnstableStep != step.Index).Sum(connection => Interlocked.Read(ref connection.StepDeliveries));

    /// <summary>Waits until the server is idle again (its backlog of a failed step done), at most <paramref name="limit"/>.</summary>
    private async Task SettleAsync(TimeSpan limit)
    {
        if (target.Server is not { } server)
        {
            return;
        }

        var until = MonotonicClock.Now + MonotonicClock.TicksOf(limit);
        do
        {
            var before = server.CpuMilliseconds();
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            if (server.CpuMilliseconds() - before < 50)
            {
                return;
            }
        }
        while (MonotonicClock.Now < until);
    }

    private void Progress(string label, StepRun step)
    {
        var elapsed = Math.Max(0.001, MonotonicClock.SecondsBetween(step.T0, MonotonicClock.Now));
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"  [{label}] {Math.Min(elapsed, step.Seconds):F0}/{step.Seconds:F0} s  sent {step.Sent}  acked {step.Acked}  errors {step.AckErrors}  delivered {Delivered(step, _fleet!)}  p99 {step.Delivery.PercentileMs(0.99):F1} ms  reconnects {step.Reconnects}");
        if (Console.IsErrorRedirected)
        {
            Console.Error.WriteLine(line);
        }
        else
        {
            Console.Error.Write("\r" + line.PadRight(Console.WindowWidth > 0 ? Math.Min(Console.WindowWidth - 1, 160) : 120));
        }
    }

    private string Summary(StepResult r) => string.Create(
        CultureInfo.InvariantCulture,
        $"  => {target.Name} {r.OfferedRate:0}/s: reach {r.Reach:P2}, delivery p50/p99/p99.9 {r.DeliveryP50Ms}/{r.DeliveryP99Ms}/{r.DeliveryP999Ms} ms, ack p99 {r.AckP99Ms} ms, server CPU {r.ServerCpuPercent} % ({r.ServerCpuMsPer1000Deliveries} ms/1k), RSS {r.ServerRssMiB} MiB, generator {r.GeneratorCpuPercent} %, others {r.OtherCpuPercent} %{(r.GeneratorSaturated ? " SATURATED" : string.Empty)}{(r.Passed ? " pass" : " FAIL")}{(r.FirstError is null ? string.Empty : " — " + r.FirstError)}");

    private static double Round(double value) => Math.Round(value, value < 10 ? 2 : 1);
}
