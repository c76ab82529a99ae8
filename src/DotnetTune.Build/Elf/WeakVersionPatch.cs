using System.Buffers.Binary;

namespace DotnetTune.Build.Elf;

/// <summary>
/// Marks one needed version weak (VER_FLG_WEAK in vna_flags), so the dynamic loader accepts a
/// dependency that lacks it. Nothing else in the file changes: not its size, not its layout.
/// </summary>
public static class WeakVersionPatch
{
    /// <summary>
    /// The file's bytes with the need of <paramref name="version"/> from <paramref name="file"/>
    /// made weak.
    /// </summary>
    public static byte[] Apply(ElfImage image, string file, string version)
    {
        var needed = VersionNeedReader.Read(image)
            .Where(need => need.File == file)
            .SelectMany(need => need.Versions)
            .FirstOrDefault(v => v.Name == version)
            ?? throw new ArgumentException(
                $"{image.Name} does not need {version} from {file}", nameof(version));

        var bytes = image.CopyBytes();
        var flags = (ushort)(needed.Flags | ElfConstants.VersionFlagWeak);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan((int)needed.FlagsOffset, 2), flags);
        return bytes;
    }
}
