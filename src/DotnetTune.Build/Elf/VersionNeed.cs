namespace DotnetTune.Build.Elf;

/// <summary>
/// The versions a shared object needs from one of its dependencies (a Verneed entry).
/// </summary>
/// <param name="File">The dependency's file name, e.g. libstdc++.so.6.</param>
/// <param name="Versions">The versions needed from it.</param>
public sealed record VersionNeed(string File, IReadOnlyList<NeededVersion> Versions);

/// <summary>One needed version (a Vernaux entry).</summary>
/// <param name="Name">The version name, e.g. GLIBCXX_3.4.32.</param>
/// <param name="Flags">vna_flags; bit 0x2 (VER_FLG_WEAK) makes the need optional.</param>
/// <param name="Index">vna_other: the index that .gnu.version gives the symbols bound to
/// it.</param>
/// <param name="FlagsOffset">Where vna_flags lies in the file, for patching.</param>
public sealed record NeededVersion(string Name, ushort Flags, ushort Index, ulong FlagsOffset)
{
    public bool IsWeak => (Flags & ElfConstants.VersionFlagWeak) != 0;
}
