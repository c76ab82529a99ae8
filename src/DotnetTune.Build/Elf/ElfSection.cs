namespace DotnetTune.Build.Elf;

/// <summary>One entry of an ELF section header table, with the fields this reader uses.</summary>
/// <param name="Index">Position in the section header table.</param>
/// <param name="Type">sh_type, e.g. 0x6ffffffe for .gnu.version_r.</param>
/// <param name="Offset">sh_offset: where the section's bytes start in the file.</param>
/// <param name="Size">sh_size in bytes.</param>
/// <param name="Link">sh_link: for the version and symbol sections, the string table's
/// index.</param>
/// <param name="Info">sh_info: for the version sections, the number of entries.</param>
public sealed record ElfSection(
    int Index,
    uint Type,
    ulong Offset,
    ulong Size,
    uint Link,
    uint Info)
{
    public ulong End => Offset + Size;
}
