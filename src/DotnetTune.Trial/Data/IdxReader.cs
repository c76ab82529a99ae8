using System.Buffers.Binary;
using System.IO.Compression;

namespace DotnetTune.Trial.Data;

/// <summary>
/// Reads IDX files, the format of MNIST: a big-endian header (magic number, then one count per
/// dimension) and unsigned bytes. Files ending in .gz are decompressed on the fly.
/// </summary>
public static class IdxReader
{
    public const int ImagesMagic = 0x00000803;
    public const int LabelsMagic = 0x00000801;

    /// <summary>
    /// The first <paramref name="limit"/> images (all when null), as raw grey levels.
    /// </summary>
    public static IdxImages ReadImages(string path, int? limit)
    {
        using var stream = Open(path);
        var header = ReadHeader(path, stream, ImagesMagic, dimensions: 3);
        var (count, rows, columns) = (header[0], header[1], header[2]);
        var taken = Take(path, count, limit, "images");
        var pixels = ReadPayload(path, stream, (long)taken * rows * columns, "images");
        return new IdxImages(taken, rows, columns, pixels);
    }

    /// <summary>The first <paramref name="limit"/> labels (all when null).</summary>
    public static byte[] ReadLabels(string path, int? limit)
    {
        using var stream = Open(path);
        var count = ReadHeader(path, stream, LabelsMagic, dimensions: 1)[0];
        return ReadPayload(path, stream, Take(path, count, limit, "labels"), "labels");
    }

    private static Stream Open(string path)
    {
        Stream file = File.OpenRead(path);
        return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionMode.Decompress)
            : file;
    }

    private static int[] ReadHeader(string path, Stream stream, int expectedMagic, int dimensions)
    {
        var header = new byte[4 * (1 + dimensions)];
        Fill(path, stream, header, "header");
        var magic = BinaryPrimitives.ReadInt32BigEndian(header);
        if (magic != expectedMagic)
        {
            var problem = $"magic number is 0x{magic:x8}, expected 0x{expectedMagic:x8}";
            throw Bad(path, problem + "; is it an IDX file?");
        }

        var sizes = new int[dimensions];
        for (var index = 0; index < dimensions; index++)
        {
            sizes[index] = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4 * (index + 1)));
            if (sizes[index] <= 0)
            {
                throw Bad(path, $"dimension {index + 1} of the header is {sizes[index]}");
            }
        }

        return sizes;
    }

    private static int Take(string path, int count, int? limit, string what)
    {
        if (limit > count)
        {
            throw Bad(path, $"holds {count} {what}, fewer than the {limit} samples asked for");
        }

        return limit ?? count;
    }

    private static byte[] ReadPayload(string path, Stream stream, long length, string what)
    {
        if (length > Array.MaxLength)
        {
            throw Bad(path, $"too many {what} to hold in memory at once");
        }

        var payload = new byte[length];
        Fill(path, stream, payload, what);
        return payload;
    }

    private static void Fill(string path, Stream stream, byte[] buffer, string what)
    {
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (read < buffer.Length)
        {
            throw Bad(path, $"ends inside its {what} ({read} of {buffer.Length} bytes)");
        }
    }

    private static TrialException Bad(string path, string problem) =>
        new($"{path}: {problem}", TrialExitCodes.Failed);
}

/// <summary>Images of an IDX file, row-major, one byte (0 = background) per pixel.</summary>
public sealed record IdxImages(int Count, int Rows, int Columns, byte[] Pixels)
{
    public int PixelsPerImage => Rows * Columns;
}
