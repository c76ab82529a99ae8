using DotnetTune.Build.Elf;

namespace DotnetTune.Build.Tests.Elf;

public sealed class ElfImageTests
{
    [Fact]
    public void Parse_NotElf_ThrowsNamingTheFile()
    {
        var text = "hello"u8.ToArray();

        var error = Should.Throw<ElfFormatException>(() => ElfImage.Parse("notes.txt", text));

        error.Message.ShouldBe("notes.txt: not an ELF file");
    }

    [Fact]
    public void Parse_Elf32_ThrowsOnlyElf64Supported()
    {
        var header = Header(elfClass: 1, data: 1);

        var error = Should.Throw<ElfFormatException>(() => ElfImage.Parse("lib32.so", header));

        error.Message.ShouldContain("not a 64-bit ELF file");
    }

    [Fact]
    public void Parse_BigEndian_ThrowsOnlyLittleEndianSupported()
    {
        var header = Header(elfClass: 2, data: 2);

        var error = Should.Throw<ElfFormatException>(() => ElfImage.Parse("libbe.so", header));

        error.Message.ShouldContain("not a little-endian ELF file");
    }

    [Fact]
    public void Parse_TruncatedHeader_Throws()
    {
        var header = Header(elfClass: 2, data: 1)[..20];

        var error = Should.Throw<ElfFormatException>(() => ElfImage.Parse("short.so", header));

        error.Message.ShouldContain("header is truncated");
    }

    [Fact]
    public void Parse_SectionTablePastTheEnd_ThrowsInsteadOfReadingBeyond()
    {
        var header = Header(elfClass: 2, data: 1);
        BitConverter.TryWriteBytes(header.AsSpan(0x28), 4096UL).ShouldBeTrue();
        BitConverter.TryWriteBytes(header.AsSpan(0x3a), (ushort)64).ShouldBeTrue();
        BitConverter.TryWriteBytes(header.AsSpan(0x3c), (ushort)1).ShouldBeTrue();

        var error = Should.Throw<ElfFormatException>(() => ElfImage.Parse("cut.so", header));

        error.Message.ShouldContain("past its end");
    }

    [Fact]
    public void Parse_HeaderWithoutSections_HasNoSections()
    {
        var image = ElfImage.Parse("bare.so", Header(elfClass: 2, data: 1));

        image.Sections.ShouldBeEmpty();
        VersionNeedReader.Read(image).ShouldBeEmpty();
        VersionDefinitionReader.Read(image).ShouldBeEmpty();
    }

    [Fact]
    public void Read_LibTorchSharp_FindsTheVersionSections()
    {
        var image = TestAssets.ReadLibTorchSharp();

        image.FindSection(0x6ffffffe).ShouldNotBeNull();
        image.FindSection(0x6fffffff).ShouldNotBeNull();
        image.FindSection(11).ShouldNotBeNull();
    }

    private static byte[] Header(byte elfClass, byte data)
    {
        var header = new byte[64];
        header[0] = 0x7f;
        header[1] = (byte)'E';
        header[2] = (byte)'L';
        header[3] = (byte)'F';
        header[4] = elfClass;
        header[5] = data;
        header[6] = 1;
        return header;
    }
}
