namespace DotnetTune.Build.Elf;

/// <summary>Reads the version needs (.gnu.version_r, SHT_GNU_verneed) of a shared object.</summary>
public static class VersionNeedReader
{
    public static IReadOnlyList<VersionNeed> Read(ElfImage image)
    {
        var section = image.FindSection(ElfConstants.SectionTypeVersionNeeds);
        if (section is null)
        {
            return [];
        }

        var names = image.SectionAt(section.Link);
        var needs = new List<VersionNeed>();
        var entry = section.Offset;
        for (var remaining = section.Info; remaining > 0; remaining--)
        {
            image.EnsureWithin(section, entry, ElfConstants.VersionNeedSize, "version need");
            var count = image.ReadUInt16(entry + 2);
            var file = image.ReadString(names, image.ReadUInt32(entry + 4));
            var firstAux = entry + image.ReadUInt32(entry + 8);
            needs.Add(new VersionNeed(file, ReadVersions(image, section, names, firstAux, count)));

            var next = image.ReadUInt32(entry + 12);
            if (next == 0)
            {
                break;
            }

            entry += next;
        }

        return needs;
    }

    private static List<NeededVersion> ReadVersions(
        ElfImage image, ElfSection section, ElfSection names, ulong aux, int count)
    {
        var versions = new List<NeededVersion>(count);
        for (var index = 0; index < count; index++)
        {
            image.EnsureWithin(section, aux, ElfConstants.VersionNeedAuxSize, "needed version");
            versions.Add(new NeededVersion(
                Name: image.ReadString(names, image.ReadUInt32(aux + 8)),
                Flags: image.ReadUInt16(aux + 4),
                Index: image.ReadUInt16(aux + 6),
                FlagsOffset: aux + 4));

            var next = image.ReadUInt32(aux + 12);
            if (next == 0)
            {
                break;
            }

            aux += next;
        }

        return versions;
    }
}
