namespace DotnetTune.Build.Elf;

/// <summary>
/// The few numbers of the ELF and GNU symbol-versioning formats this reader needs.
/// </summary>
internal static class ElfConstants
{
    public const byte ClassElf64 = 2;
    public const byte DataLittleEndian = 1;
    public const int HeaderSize = 64;
    public const int SectionHeaderSize = 64;

    public const uint SectionTypeDynamicSymbols = 11;
    public const uint SectionTypeNoBits = 8;
    public const uint SectionTypeVersionDefinitions = 0x6ffffffd;
    public const uint SectionTypeVersionNeeds = 0x6ffffffe;
    public const uint SectionTypeVersionSymbols = 0x6fffffff;

    public const int VersionNeedSize = 16;
    public const int VersionNeedAuxSize = 16;
    public const int VersionDefinitionSize = 20;
    public const int VersionDefinitionAuxSize = 8;
    public const int DynamicSymbolSize = 24;

    /// <summary>vd_flags bit of the definition that names the file itself, not a version.</summary>
    public const ushort VersionFlagBase = 0x1;

    /// <summary>
    /// vna_flags bit that makes a missing version a warning for the loader, not an error.
    /// </summary>
    public const ushort VersionFlagWeak = 0x2;

    /// <summary>
    /// The bit of a .gnu.version entry that hides the symbol; the rest is the index.
    /// </summary>
    public const ushort VersionIndexMask = 0x7fff;
}
