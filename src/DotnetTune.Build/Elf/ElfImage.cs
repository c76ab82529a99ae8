using System.Buffers.Binary;
using System.Text;

namespace DotnetTune.Build.Elf;

/// <summary>
/// An ELF64 little-endian file held in memory. Every read is bounds-checked, so a truncated or
/// corrupt file raises <see cref="ElfFormatException"/> instead of reading past its end.
/// </summary>
public sealed class ElfImage
{
    private readonly byte[] _bytes;

    private ElfImage(string name, byte[] bytes)
    {
        Name = name;
        _bytes = bytes;
        Sections = ReadSectionHeaders();
    }

    /// <summary>The file's path or another name used in error messages.</summary>
    public string Name { get; }

    public IReadOnlyList<ElfSection> Sections { get; }

    public int Length => _bytes.Length;

    public static ElfImage Read(string path) => Parse(path, File.ReadAllBytes(path));

    public static ElfImage Parse(string name, byte[] bytes)
    {
        ValidateIdentification(name, bytes);
        return new ElfImage(name, bytes);
    }

    /// <summary>A copy of the file's bytes, for writing a changed file elsewhere.</summary>
    public byte[] CopyBytes() => (byte[])_bytes.Clone();

    /// <summary>The first section of the given sh_type, or null when the file has none.</summary>
    public ElfSection? FindSection(uint type) => Sections.FirstOrDefault(s => s.Type == type);

    public ElfSection SectionAt(uint index) =>
        index < Sections.Count
            ? Sections[(int)index]
            : throw Broken($"refers to section {index}, but has only {Sections.Count}");

    public ushort ReadUInt16(ulong offset) =>
        BinaryPrimitives.ReadUInt16LittleEndian(Slice(offset, 2));

    public uint ReadUInt32(ulong offset) =>
        BinaryPrimitives.ReadUInt32LittleEndian(Slice(offset, 4));

    public ulong ReadUInt64(ulong offset) =>
        BinaryPrimitives.ReadUInt64LittleEndian(Slice(offset, 8));

    /// <summary>
    /// Reads the NUL-terminated string at <paramref name="offset"/> of a string table.
    /// </summary>
    public string ReadString(ElfSection table, uint offset)
    {
        if (offset >= table.Size)
        {
            throw Broken($"names a string at {offset}, past the end of section {table.Index}");
        }

        var text = Slice(table.Offset + offset, (int)Math.Min(table.Size - offset, int.MaxValue));
        var end = text.IndexOf((byte)0);
        if (end < 0)
        {
            throw Broken($"has an unterminated string in section {table.Index}");
        }

        return Encoding.UTF8.GetString(text[..end]);
    }

    /// <summary>
    /// Throws unless <paramref name="size"/> bytes at <paramref name="offset"/> lie in the section.
    /// </summary>
    public void EnsureWithin(ElfSection section, ulong offset, int size, string what)
    {
        if (offset < section.Offset || offset > section.End || section.End - offset < (ulong)size)
        {
            throw Broken($"has a {what} outside its section {section.Index}");
        }
    }

    public ElfFormatException Broken(string problem) =>
        new($"{Name}: {problem}; the ELF file looks damaged");

    private ReadOnlySpan<byte> Slice(ulong offset, int size)
    {
        if (offset > (ulong)_bytes.Length || (ulong)_bytes.Length - offset < (ulong)size)
        {
            throw Broken($"needs {size} bytes at {offset}, past its end ({_bytes.Length} bytes)");
        }

        return _bytes.AsSpan((int)offset, size);
    }

    private static void ValidateIdentification(string name, byte[] bytes)
    {
        ReadOnlySpan<byte> magic = [0x7f, (byte)'E', (byte)'L', (byte)'F'];
        if (!bytes.AsSpan().StartsWith(magic))
        {
            throw new ElfFormatException($"{name}: not an ELF file");
        }

        if (bytes.Length < ElfConstants.HeaderSize)
        {
            throw new ElfFormatException($"{name}: ELF header is truncated ({bytes.Length} bytes)");
        }

        if (bytes[4] != ElfConstants.ClassElf64)
        {
            throw new ElfFormatException(
                $"{name}: not a 64-bit ELF file (class {bytes[4]}); only ELF64 is supported");
        }

        if (bytes[5] != ElfConstants.DataLittleEndian)
        {
            throw new ElfFormatException(
                $"{name}: not a little-endian ELF file; only little-endian is supported");
        }
    }

    private List<ElfSection> ReadSectionHeaders()
    {
        var tableOffset = ReadUInt64(0x28);
        var entrySize = ReadUInt16(0x3a);
        ulong count = ReadUInt16(0x3c);
        if (tableOffset == 0)
        {
            return [];
        }

        const int expectedSize = ElfConstants.SectionHeaderSize;
        if (entrySize != expectedSize)
        {
            throw Broken($"has section headers of {entrySize} bytes, not {expectedSize}");
        }

        // With 0xff00 or more sections the count lives in the size field of section 0.
        if (count == 0)
        {
            count = ReadUInt64(tableOffset + 0x20);
        }

        if (count > (ulong)_bytes.Length / ElfConstants.SectionHeaderSize)
        {
            throw Broken($"claims {count} sections, more than fit in the file");
        }

        var sections = new List<ElfSection>((int)count);
        for (var index = 0; index < (int)count; index++)
        {
            var header = tableOffset + (ulong)(index * ElfConstants.SectionHeaderSize);
            sections.Add(ReadSectionHeader(index, header));
        }

        return sections;
    }

    private ElfSection ReadSectionHeader(int index, ulong header)
    {
        var section = new ElfSection(
            index,
            Type: ReadUInt32(header + 0x04),
            Offset: ReadUInt64(header + 0x18),
            Size: ReadUInt64(header + 0x20),
            Link: ReadUInt32(header + 0x28),
            Info: ReadUInt32(header + 0x2c));
        var outside = section.Offset > (ulong)_bytes.Length
            || (ulong)_bytes.Length - section.Offset < section.Size;
        if (section.Type != ElfConstants.SectionTypeNoBits && outside)
        {
            throw Broken($"has section {index} reaching past the end of the file");
        }

        return section;
    }
}
