namespace DotnetTune.Build.Elf;

/// <summary>Reads the versions a shared object defines (.gnu.version_d, SHT_GNU_verdef).</summary>
public static class VersionDefinitionReader
{
    /// <summary>The defined version names, without the entry that names the file itself.</summary>
    public static IReadOnlyList<string> Read(ElfImage image)
    {
        var section = image.FindSection(ElfConstants.SectionTypeVersionDefinitions);
        if (section is null)
        {
            return [];
        }

        var names = image.SectionAt(section.Link);
        var versions = new List<string>();
        var entry = section.Offset;
        for (var remaining = section.Info; remaining > 0; remaining--)
        {
            image.EnsureWithin(
                section, entry, ElfConstants.VersionDefinitionSize, "version definition");
            var flags = image.ReadUInt16(entry + 2);
            var firstAux = entry + image.ReadUInt32(entry + 12);
            if ((flags & ElfConstants.VersionFlagBase) == 0)
            {
                image.EnsureWithin(
                    section, firstAux, ElfConstants.VersionDefinitionAuxSize, "version name");
                versions.Add(image.ReadString(names, image.ReadUInt32(firstAux)));
            }

            var next = image.ReadUInt32(entry + 16);
            if (next == 0)
            {
                break;
            }

            entry += next;
        }

        return versions;
    }
}
