using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Hubs;

/// <summary>
/// Hostile MessagePack frames against the server run as a child process: if a frame brought the process down, the
/// test fails instead of killing the test host.
/// </summary>
public sealed class MessagePackAbuseTests
{
    [Fact]
    public async Task DeeplyNestedArgument_IsRefused_AndTheServerLives()
    {
        await using var server = await ServerProcess.StartAsync();
        var token = await RegisterAsync(server);
        using var socket = await ConnectMessagePackAsync(server, token);

        // A 60 KB frame nested 60,000 deep: under the 64 KiB message limit, far over any sane depth.
        var nested = new byte[60_001];
        Array.Fill(nested, (byte)0x91); // fixarray of one element
        nested[^1] = 0xc0; // nil
        await SendInvocationAsync(socket, "sendMessage", nested);

        var answer = await ReceiveAnswerAsync(socket);

        (await server.IsLiveAsync()).Should().BeTrue(server.Output);
        answer.Should().NotBeNull("the invocation is answered with a completion error, not a dead connection");
        answer![0].Should().Be(0x03, "a completion (message type 3) answers the invocation");
    }

    [Fact]
    public async Task ArgumentNestedWithinTheLimit_StillBindsAndIsAnswered()
    {
        await using var server = await ServerProcess.StartAsync();
        var token = await RegisterAsync(server);
        using var socket = await ConnectMessagePackAsync(server, token);

        // {"sortieId": [[[...10 deep...]]]}: parsed, then refused as bad input (not a string).
        var argument = new List<byte> { 0x81 };
        argument.AddRange(MsgPackString("sortieId"));
        argument.AddRange(Enumerable.Repeat((byte)0x91, 10));
        argument.Add(0xc0);
        await SendInvocationAsync(socket, "joinRoom", [.. argument]);

        var answer = await ReceiveAnswerAsync(socket);

        answer.Should().NotBeNull();
        answer![0].Should().Be(0x03);
        Encoding.UTF8.GetString(answer).Should().Contain("validation_failed: ");
        (await server.IsLiveAsync()).Should().BeTrue(server.Output);
    }

    private static async Task<string> RegisterAsync(ServerProcess server)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var response = await http.PostAsJsonAsync(
            "auth/register",
            new { email = $"mallory.{Guid.NewGuid():N}@example.com", password = "correct horse battery", displayName = "Mallory" },
            TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        return body["accessToken"]!.GetValue<string>();
    }

    private static async Task<ClientWebSocket> ConnectMessagePackAsync(ServerProcess server, string token)
    {
        var socket = new ClientWebSocket();
        var uri = new Uri($"ws://127.0.0.1:{server.Port}/chat?access_token={Uri.EscapeDataString(token)}");
        await socket.ConnectAsync(uri, TestContext.Current.CancellationToken);
        var handshake = Encoding.UTF8.GetBytes("{\"protocol\":\"messagepack\",\"version\":1}\u001e");
        await socket.SendAsync(handshake, WebSocketMessageType.Text, true, TestContext.Current.CancellationToken);
        var reply = await ReceiveRawAsync(socket);
        Encoding.UTF8.GetString(reply!).Should().StartWith("{}\u001e", "the handshake is accepted");
        // The server greets with `connected` (in the handshake's frame, or the next): read it so that what follows is the answer.
        if (reply!.Length == 3)
        {
            (await ReceiveRawAsync(socket)).Should().NotBeNull();
        }

        return socket;
    }

    /// <summary>[1 (invocation), {} headers, "1" invocation id, target, [argument], [] stream ids], length-prefixed.</summary>
    private static async Task SendInvocationAsync(ClientWebSocket socket, string target, byte[] argument)
    {
        var body = new List<byte> { 0x96, 0x01, 0x80 };
        body.AddRange(MsgPackString("1"));
        body.AddRange(MsgPackString(target));
        body.Add(0x91);
        body.AddRange(argument);
        body.Add(0x90);
        var frame = VarIntLength(body.Count).Concat(body).ToArray();
        await socket.SendAsync(frame, WebSocketMessageType.Binary, true, TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// The next message that is not an event (type 1) or a ping (type 6); null when the socket closed. One WebSocket
    /// frame may carry several messages (the error event and the completion that follows it).
    /// </summary>
    private static async Task<byte[]?> ReceiveAnswerAsync(ClientWebSocket socket)
    {
        while (await ReceiveRawAsync(socket) is { } frame)
        {
            if (Messages(frame).FirstOrDefault(message => message is not [0x01 or 0x06, ..]) is { } answer)
            {
                return answer;
            }
        }

        return null;
    }

    /// <summary>One whole WebSocket message (the handshake answer is the JSON "{}" even in a binary frame).</summary>
    private static async Task<byte[]?> ReceiveRawAsync(ClientWebSocket socket)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            return message.ToArray();
        }
        catch (WebSocketException)
        {
            return null;
        }
    }

    /// <summary>Each hub message of a frame, without its length prefix and array header.</summary>
    private static IEnumerable<byte[]> Messages(byte[] frame)
    {
        var position = 0;
        while (position < frame.Length)
        {
            var length = 0;
            var shift = 0;
            byte current;
            do
            {
                current = frame[position++];
                length |= (current & 0x7f) << shift;
                shift += 7;
            }
            while ((current & 0x80) != 0);

            // The message is an array: skip its header to land on the message type.
            yield return frame[(position + 1)..(position + length)];
            position += length;
        }
    }

    private static byte[] MsgPackString(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        return [(byte)(0xa0 | bytes.Length), .. bytes];
    }

    private static IEnumerable<byte> VarIntLength(int length)
    {
        do
        {
            var current = (byte)(length & 0x7f);
            length >>= 7;
            yield return length > 0 ? (byte)(current | 0x80) : current;
        }
        while (length > 0);
    }
}
