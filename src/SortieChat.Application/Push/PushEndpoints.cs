using System.Net;
using System.Net.Sockets;

namespace SortieChat.Application.Push;

/// <summary>
/// Where the server agrees to post for a user (DESIGN.md section 9): https, and no loopback, private, link-local or
/// unspecified address named in the URL, since a user says where it goes. The sender checks the resolved address too.
/// </summary>
public static class PushEndpoints
{
    public static bool IsAllowed(string? endpoint, bool allowInsecure)
    {
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return false;
        }

        return allowInsecure || (uri.Scheme == "https" && !NamesLocalHost(uri.Host) && !(IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IsPrivate(address)));
    }

    /// <summary>Loopback, private (RFC 1918, unique local), link-local, carrier-grade NAT or unspecified.</summary>
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal;
        }

        var b = address.GetAddressBytes();
        return b[0] is 10 or 0 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168) || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] is >= 64 and <= 127);
    }

    public static bool DecodesTo(string? base64Url, int length, byte? firstByte)
    {
        try
        {
            var bytes = Convert.FromBase64String(Pad(base64Url ?? "").Replace('-', '+').Replace('_', '/'));
            return bytes.Length == length && (firstByte is null || bytes[0] == firstByte);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool NamesLocalHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);

    private static string Pad(string text) => text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
}
