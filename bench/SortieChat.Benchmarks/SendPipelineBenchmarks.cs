using BenchmarkDotNet.Attributes;
using SortieChat.Application.Messages.SendMessage;
using SortieChat.Domain.Messages;

namespace SortieChat.Benchmarks;

/// <summary>
/// One send through the whole write path: validation, the unit of work, the group commit (a synced COMMIT, as in
/// production), the handler and the queueing of its events. Sixteen at once show what the group commit shares.
/// </summary>
[MemoryDiagnoser]
public class SendPipelineBenchmarks
{
    private const int Concurrent = 16;
    private AppUnderBenchmark app = null!;
    private string userId = null!;
    private string sortieId = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        app = await AppUnderBenchmark.StartAsync();
        (userId, sortieId) = await app.CreateSortieAsync();
    }

    [GlobalCleanup]
    public async Task CleanUpAsync() => await app.DisposeAsync();

    [Benchmark(Baseline = true)]
    public Task<Domain.Common.Result<SendMessageResult>> SendOne() => SendAsync();

    [Benchmark(OperationsPerInvoke = Concurrent)]
    public Task SendSixteenAtOnce() => Task.WhenAll(Enumerable.Range(0, Concurrent).Select(_ => SendAsync()));

    private Task<Domain.Common.Result<SendMessageResult>> SendAsync() =>
        app.SendAsync(userId, new SendMessageCommand(sortieId, MessageDraft.Text("A message of an ordinary length, about sixty characters.")));
}
