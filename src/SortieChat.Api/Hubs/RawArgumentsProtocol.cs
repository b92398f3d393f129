using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Hubs;

/// <summary>
/// A hub protocol (JSON or MessagePack) that reads every hub method argument as a <see cref="JsonElement"/>, whatever
/// its kind, and leaves binding it to the method's parameter type to <see cref="HubArguments"/> in
/// <see cref="HubResultFilter"/>. Bound by SignalR itself, an argument of the wrong kind failed before any filter ran,
/// with the framework's own message and no code (DESIGN.md section 5 wants validation_failed).
/// </summary>
internal sealed class RawArgumentsProtocol(IHubProtocol inner) : IHubProtocol
{
    public string Name => inner.Name;

    public int Version => inner.Version;

    public TransferFormat TransferFormat => inner.TransferFormat;

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        if (!inner.TryParseMessage(ref input, new RawArgumentsBinder(binder), out message))
        {
            return false;
        }

        if (message is InvocationBindingFailureMessage failure)
        {
            message = WithCode(failure);
        }

        return true;
    }

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(message);

    public bool IsVersionSupported(int version) => inner.IsVersionSupported(version);

    /// <summary>
    /// A call SignalR could not bind (an unknown method, the wrong number of arguments) fails before any filter runs;
    /// SignalR passes only a <see cref="HubException"/>'s message on to the caller, so the code goes into one.
    /// </summary>
    private static InvocationBindingFailureMessage WithCode(InvocationBindingFailureMessage failure)
    {
        var message = failure.BindingFailure.SourceException switch
        {
            UnknownHubMethodException unknown => $"{ErrorCodes.NotFound}: {unknown.Message}",
            var other => $"{ErrorCodes.ValidationFailed}: The call to '{failure.Target}' could not be read: {other.Message}",
        };
        return new InvocationBindingFailureMessage(failure.InvocationId, failure.Target, ExceptionDispatchInfo.Capture(new HubException(message)));
    }

    /// <summary>The hub's own binder, with every parameter read as JSON (an unknown method still fails here).</summary>
    private sealed class RawArgumentsBinder(IInvocationBinder inner) : IInvocationBinder
    {
        // One list per argument count, shared by every message parsed: this runs for each hub invocation.
        private static readonly IReadOnlyList<Type>[] AsJson = [.. Enumerable.Range(0, 9).Select(count => (IReadOnlyList<Type>)Enumerable.Repeat(typeof(JsonElement), count).ToArray())];

        public IReadOnlyList<Type> GetParameterTypes(string methodName)
        {
            int count;
            try
            {
                count = inner.GetParameterTypes(methodName).Count;
            }
            catch (HubException)
            {
                throw new UnknownHubMethodException($"This hub has no method '{methodName}'.");
            }

            return count < AsJson.Length ? AsJson[count] : Enumerable.Repeat(typeof(JsonElement), count).ToArray();
        }

        public Type GetReturnType(string invocationId) => inner.GetReturnType(invocationId);

        public Type GetStreamItemType(string streamId) => inner.GetStreamItemType(streamId);

        public string? GetTarget(ReadOnlySpan<byte> utf8Bytes) => inner.GetTarget(utf8Bytes);
    }

    private sealed class UnknownHubMethodException(string message) : Exception(message);
}
