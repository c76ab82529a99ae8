using System.Buffers.Binary;
using System.IO.Compression;

namespace DotnetTune.Trial.Tests.Data;

/// <summary>Writes small IDX files for tests, plain or gzipped.</summary>
internal static class IdxFiles
{
    public static void WriteImages(
        string path, int rows, int columns, byte[][] images, int? magic = null)
    {
        var header = Header(magic ?? 0x803, images.Length, rows, columns);
        Write(path, [.. header, .. images.SelectMany(image => image)]);
    }

    public static void WriteLabels(string path, byte[] labels, int? magic = null) =>
        Write(path, [.. Header(magic ?? 0x801, labels.Length), .. labels]);

    private static byte[] Header(params int[] numbers)
    {
        var header = new byte[4 * numbers.Length];
        for (var index = 0; index < numbers.Length; index++)
        {
            BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4 * index), numbers[index]);
        }

        return header;
    }

    private static void Write(string path, byte[] bytes)
    {
        using var file = File.Create(path);
        using Stream target = path.EndsWith(".gz", StringComparison.Ordinal)
            ? new GZipStream(file, CompressionLevel.Fastest)
            : file;
        target.Write(bytes);
    }
}
