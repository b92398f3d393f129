using BenchmarkDotNet.Attributes;
using SortieChat.Application.Messages;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Messages;

namespace SortieChat.Benchmarks;

/// <summary>
/// The aggregate's part of a send in a room of 100 members: the next seq, the sender's watermark and slow mode, and
/// the event; then the message as it is broadcast. Also a history item's readBy, which is per member.
/// </summary>
[MemoryDiagnoser]
public class SeqAllocationBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly MessageDraft Draft = MessageDraft.Text("A message of an ordinary length, about sixty characters.");
    private Chat chat = null!;
    private Message posted = null!;
    private string sender = null!;

    [GlobalSetup]
    public void SetUp()
    {
        var members = Enumerable.Range(0, 100)
            .Select(i => new ChatMember(Guid.CreateVersion7().ToString(), i == 0 ? ChatRole.Creator : ChatRole.Member, Now, lastReadSeq: i, lastSentAt: null))
            .ToList();
        sender = members[1].UserId;
        chat = Chat.Rehydrate(Guid.CreateVersion7().ToString(), Guid.CreateVersion7().ToString(), "Benchmark", null, 100, null, 0, Now, Now, members, 100);
        posted = Post();
    }

    [Benchmark(Baseline = true)]
    public Message PostOne() => Post();

    [Benchmark]
    public MessageDto PostedMessageAsBroadcast() => posted.ToPostedDto();

    [Benchmark]
    public MessageDto HistoryItemWithReadByOf100() => posted.ToDto(chat.Members);

    private Message Post()
    {
        var message = chat.Post("01937a1e-0000-7000-8000-000000000000", sender, Draft, null, null, Now).Value!;
        chat.ClearDomainEvents();
        return message;
    }
}
