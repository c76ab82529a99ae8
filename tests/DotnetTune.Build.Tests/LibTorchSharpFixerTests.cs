using System.Runtime.Versioning;
using System.Security.Cryptography;
using DotnetTune.Build.Elf;

namespace DotnetTune.Build.Tests;

/// <summary>
/// Plays a build: a "cache" folder holds the package's file, and the "output" folder holds a
/// hard link to it, as MSBuild makes with CreateHardLinksForCopyLocalIfPossible.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class LibTorchSharpFixerTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly string _cached;
    private readonly string _output;
    private readonly string _copied;

    public LibTorchSharpFixerTests()
    {
        _cached = _folder.Combine("cache", "libLibTorchSharp.so");
        _output = _folder.Combine("output");
        _copied = Path.Combine(_output, "libLibTorchSharp.so");
        Directory.CreateDirectory(Path.GetDirectoryName(_cached)!);
        Directory.CreateDirectory(_output);
        File.Copy(TestAssets.LibTorchSharp, _cached);
        Posix.HardLink(_cached, _copied);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Fix_HostLackingGlibcxx3432_ReplacesTheLinkAndLeavesTheCachedFileAlone()
    {
        var cachedHash = Hash(_cached);
        var cachedInode = Posix.Inode(_cached);

        var outcome = LibTorchSharpFixer.Fix(_output, OldHost());

        outcome.Action.ShouldBe(FixAction.Patched);
        Hash(_cached).ShouldBe(cachedHash);
        Posix.Inode(_cached).ShouldBe(cachedInode);
        Posix.LinkCount(_cached).ShouldBe(1);
        Posix.Inode(_copied).ShouldNotBe(cachedInode);
        File.ReadAllBytes(_copied).ShouldBe(
            WeakVersionPatch.Apply(
                ElfImage.Read(_cached), "libstdc++.so.6", TestAssets.Glibcxx3432));
    }

    [Fact]
    public void Fix_HostLackingGlibcxx3432_SaysWhatItDidAndWhy()
    {
        var outcome = LibTorchSharpFixer.Fix(_output, OldHost());

        outcome.Message.ShouldBe(
            "dotnet-tune: this host's libstdc++ lacks GLIBCXX_3.4.32; wrote a copy of "
            + "libLibTorchSharp.so with that need marked weak "
            + "(the symbol needing it is never called)");
    }

    [Fact]
    public void Fix_HostLackingGlibcxx3432_KeepsModeAndTimeAndLeavesNoTemporaryFile()
    {
        var mode = File.GetUnixFileMode(_cached);
        var time = File.GetLastWriteTimeUtc(_cached);

        LibTorchSharpFixer.Fix(_output, OldHost());

        File.GetUnixFileMode(_copied).ShouldBe(mode);
        File.GetLastWriteTimeUtc(_copied).ShouldBe(time);
        Directory.GetFileSystemEntries(_output).ShouldBe([_copied]);
    }

    [Fact]
    public void Fix_SecondRun_DoesNothing()
    {
        LibTorchSharpFixer.Fix(_output, OldHost());
        var patchedHash = Hash(_copied);
        var patchedInode = Posix.Inode(_copied);

        var outcome = LibTorchSharpFixer.Fix(_output, OldHost());

        outcome.Action.ShouldBe(FixAction.Nothing);
        Hash(_copied).ShouldBe(patchedHash);
        Posix.Inode(_copied).ShouldBe(patchedInode);
    }

    [Fact]
    public void Fix_NewEnoughHost_DoesNothing()
    {
        var host = new HostLibrary("/new/libstdc++.so.6", TestAssets.NewEnoughHost());

        var outcome = LibTorchSharpFixer.Fix(_output, host);

        outcome.Action.ShouldBe(FixAction.Nothing);
        Posix.LinkCount(_cached).ShouldBe(2);
    }

    [Fact]
    public void Fix_HostLackingMoreVersions_RefusesNamingThemAndChangesNothing()
    {
        var lacking = TestAssets.HostLacking(TestAssets.Glibcxx3432, "GLIBCXX_3.4.30");
        var host = new HostLibrary("/old/libstdc++.so.6", lacking);

        var outcome = LibTorchSharpFixer.Fix(_output, host);

        outcome.Action.ShouldBe(FixAction.Refused);
        outcome.Message.ShouldStartWith(
            "dotnet-tune: /old/libstdc++.so.6 lacks GLIBCXX_3.4.30, GLIBCXX_3.4.32,");
        Posix.LinkCount(_cached).ShouldBe(2);
    }

    [Fact]
    public void Fix_NoLibraryInOutput_DoesNothing()
    {
        File.Delete(_copied);

        var outcome = LibTorchSharpFixer.Fix(_output, OldHost());

        outcome.Action.ShouldBe(FixAction.Nothing);
        File.Exists(_copied).ShouldBeFalse();
    }

    [Fact]
    public void Fix_NoLibStdCxxOnHost_DoesNothing()
    {
        var outcome = LibTorchSharpFixer.Fix(_output, host: null);

        outcome.Action.ShouldBe(FixAction.Nothing);
        Posix.LinkCount(_cached).ShouldBe(2);
    }

    private static HostLibrary OldHost() =>
        new("/old/libstdc++.so.6", TestAssets.HostLacking(TestAssets.Glibcxx3432));

    private static string Hash(string path) =>
        Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
