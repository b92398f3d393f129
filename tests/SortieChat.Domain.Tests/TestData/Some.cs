using SortieChat.Domain.Messages;
using SortieChat.Domain.Sorties;

namespace SortieChat.Domain.Tests.TestData;

/// <summary>Fixed values for tests: no clock, no randomness except fresh ids.</summary>
internal static class Some
{
    public static readonly DateTimeOffset Now = new(2025, 6, 21, 18, 30, 0, TimeSpan.Zero);

    public static readonly Location Place = new(48.8566, 2.3522, "Place de l'Hôtel de Ville, Paris", "Town hall");

    public static readonly MediaAttachment Photo =
        new("/media/0190a1b2c3d4e5f6a7b8c9d0e1f2a3b4.jpg", "/media/0190a1b2c3d4e5f6a7b8c9d0e1f2a3b4_thumb.jpg", null, 123_456, "beach.jpg", "image/jpeg", 1920, 1080);

    public static string Id() => Guid.CreateVersion7().ToString();

    public static SortieDetails Details(string title = "Picnic at the park", int maxParticipants = 5) =>
        new(title, "Bring a blanket.", Now.AddDays(3), Place, maxParticipants);

    public static MessageDraft Image() => new(MessageType.Image, "Look at this", Photo, null);

    public static MessageDraft LocationDraft() => new(MessageType.Location, null, null, Place);
}
