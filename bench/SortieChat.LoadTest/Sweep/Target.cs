using SortieChat.LoadTest.Measure;
using SortieChat.LoadTest.Setup;

namespace SortieChat.LoadTest.Sweep;

/// <summary>A server under test: the bare baseline (no accounts) or SortieChat (accounts, sorties, memberships).</summary>
internal sealed record Target(string Name, Uri BaseUri, ProcessMeter? Server, Population? Population)
{
    public bool IsBare => Population is null;

    public Uri HubUri(string token) => new(BaseUri.ToString().Replace("http", "ws", StringComparison.Ordinal).TrimEnd('/') + "/chat?access_token=" + Uri.EscapeDataString(token));
}
