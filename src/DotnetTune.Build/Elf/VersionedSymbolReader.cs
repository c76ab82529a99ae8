namespace DotnetTune.Build.Elf;

/// <summary>Finds the dynamic symbols bound to one needed version through .gnu.version.</summary>
public static class VersionedSymbolReader
{
    /// <summary>
    /// Names of the .dynsym symbols whose .gnu.version index is <paramref name="versionIndex"/>.
    /// </summary>
    public static IReadOnlyList<string> SymbolsBoundTo(ElfImage image, ushort versionIndex)
    {
        var versionSymbols = image.FindSection(ElfConstants.SectionTypeVersionSymbols);
        var symbols = image.FindSection(ElfConstants.SectionTypeDynamicSymbols);
        if (versionSymbols is null || symbols is null)
        {
            return [];
        }

        var names = image.SectionAt(symbols.Link);
        var count = Math.Min(
            versionSymbols.Size / 2, symbols.Size / ElfConstants.DynamicSymbolSize);
        var bound = new List<string>();
        for (ulong index = 0; index < count; index++)
        {
            var version = image.ReadUInt16(versionSymbols.Offset + index * 2);
            if ((version & ElfConstants.VersionIndexMask) != versionIndex)
            {
                continue;
            }

            var symbol = symbols.Offset + index * ElfConstants.DynamicSymbolSize;
            bound.Add(image.ReadString(names, image.ReadUInt32(symbol)));
        }

        return bound;
    }
}
