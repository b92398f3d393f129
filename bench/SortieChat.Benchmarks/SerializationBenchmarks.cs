using System.Buffers;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using SortieChat.Application.Messages;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Messages;

namespace SortieChat.Benchmarks;

/// <summary>
/// A <c>receiveMessage</c> frame written by the hub protocols the server registers (its JSON options and its
/// MessagePack resolver): the lifetime manager does this once per protocol per broadcast.
/// </summary>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private readonly ArrayBufferWriter<byte> buffer = new(4096);
    private AppUnderBenchmark app = null!;
    private IHubProtocol json = null!;
    private IHubProtocol messagePack = null!;
    private InvocationMessage frame = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        app = await AppUnderBenchmark.StartAsync();
        var protocols = app.Services.GetRequiredService<IHubProtocolResolver>();
        json = protocols.GetProtocol("json", null) ?? throw new InvalidOperationException("No JSON hub protocol.");
        messagePack = protocols.GetProtocol("messagepack", null) ?? throw new InvalidOperationException("No MessagePack hub protocol.");
        var now = DateTimeOffset.UtcNow;
        var chat = Chat.Rehydrate(Guid.CreateVersion7().ToString(), Guid.CreateVersion7().ToString(), "Benchmark", null, 1, null, 0, now, now,
            [new ChatMember(Guid.CreateVersion7().ToString(), ChatRole.Creator, now, 1, null)], 1);
        var message = chat.Post(Guid.CreateVersion7().ToString(), chat.Members[0].UserId,
            MessageDraft.Text("A message of an ordinary length, about sixty characters."), null, Guid.NewGuid().ToString(), now).Value!;
        frame = new InvocationMessage("receiveMessage", [message.ToPostedDto()]);
    }

    [GlobalCleanup]
    public async Task CleanUpAsync() => await app.DisposeAsync();

    [Benchmark(Baseline = true)]
    public int Json() => Write(json);

    [Benchmark]
    public int MessagePack() => Write(messagePack);

    private int Write(IHubProtocol protocol)
    {
        buffer.ResetWrittenCount();
        protocol.WriteMessage(frame, buffer);
        return buffer.WrittenCount;
    }
}
