namespace DotnetTune.Build.Elf;

/// <summary>A file that is not an ELF64 little-endian file, or whose structure is broken.</summary>
public sealed class ElfFormatException(string message) : Exception(message);
