using System.Buffers.Binary;
using SortieChat.Infrastructure.Media;

namespace SortieChat.Infrastructure.Tests.Media;

/// <summary>Container headers are the sender's bytes: whatever they claim, a duration or none, never an exception.</summary>
public sealed class MediaDurationsTests
{
    private static readonly byte[] Ftyp = Box("ftyp", [.. "isom"u8, 0, 0, 2, 0, .. "isomiso2mp41"u8]);

    [Fact]
    public void Mp4_WithMvhd_GivesTheDuration()
    {
        var mvhd = new byte[100];
        BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(12), 1000);
        BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(16), 2500);

        MediaDurations.Mp4(new MemoryStream([.. Ftyp, .. Box("moov", Box("mvhd", mvhd))])).Should().Be(2.5);
    }

    [Theory]
    [InlineData(0x7FFF_FFFF_FFFF_FFF0UL)]
    [InlineData(0xFFFF_FFFF_FFFF_FFF0UL)]
    [InlineData(0x8000_0000_0000_0000UL)]
    public void Mp4_ABoxWithAHuge64BitSize_HasNoDuration(ulong largeSize)
    {
        var crafted = new byte[16];
        BinaryPrimitives.WriteUInt32BigEndian(crafted, 1);
        "free"u8.CopyTo(crafted.AsSpan(4));
        BinaryPrimitives.WriteUInt64BigEndian(crafted.AsSpan(8), largeSize);

        MediaDurations.Mp4(new MemoryStream([.. Ftyp, .. crafted])).Should().BeNull();
    }

    private static byte[] Box(string type, byte[] content)
    {
        var box = new byte[8 + content.Length];
        BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
        System.Text.Encoding.ASCII.GetBytes(type).CopyTo(box, 4);
        content.CopyTo(box, 8);
        return box;
    }
}
