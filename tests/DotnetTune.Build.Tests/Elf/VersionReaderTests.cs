using DotnetTune.Build.Elf;

namespace DotnetTune.Build.Tests.Elf;

public sealed class VersionReaderTests
{
    [Fact]
    public void ReadNeeds_LibTorchSharp_ListsItsDependenciesAndVersions()
    {
        var needs = VersionNeedReader.Read(TestAssets.ReadLibTorchSharp());

        needs.Select(need => need.File).ShouldBe(
            ["ld-linux-x86-64.so.2", "libm.so.6", "libgcc_s.so.1", "libc.so.6", "libstdc++.so.6"]);
        var libStdCxx = needs.Single(need => need.File == "libstdc++.so.6").Versions;
        libStdCxx.Count.ShouldBe(20);
        libStdCxx.Select(version => version.Name).ShouldContain(TestAssets.Glibcxx3432);
        libStdCxx.Select(version => version.Name).ShouldContain("CXXABI_1.3.13");
        needs.SelectMany(need => need.Versions).ShouldAllBe(version => !version.IsWeak);
    }

    [Fact]
    public void ReadNeeds_LibTorchSharp_GivesEveryVersionItsOwnIndex()
    {
        var versions = VersionNeedReader.Read(TestAssets.ReadLibTorchSharp())
            .SelectMany(need => need.Versions)
            .ToList();

        versions.Select(version => version.Index).Distinct().Count().ShouldBe(versions.Count);
        versions.ShouldAllBe(version => version.Index >= 2);
    }

    [Fact]
    public void SymbolsBoundTo_Glibcxx3432_IsOnlyIosBaseLibraryInit()
    {
        var image = TestAssets.ReadLibTorchSharp();
        var version = VersionNeedReader.Read(image)
            .SelectMany(need => need.Versions)
            .Single(v => v.Name == TestAssets.Glibcxx3432);

        var symbols = VersionedSymbolReader.SymbolsBoundTo(image, version.Index);

        symbols.ShouldBe(["_ZSt21ios_base_library_initv"]);
    }

    [Fact]
    public void SymbolsBoundTo_Glibcxx3430_FindsTheSymbolsThatNeedIt()
    {
        var image = TestAssets.ReadLibTorchSharp();
        var version = VersionNeedReader.Read(image)
            .SelectMany(need => need.Versions)
            .Single(v => v.Name == "GLIBCXX_3.4.30");

        var symbols = VersionedSymbolReader.SymbolsBoundTo(image, version.Index);

        symbols.ShouldContain("_ZNSt18condition_variable4waitERSt11unique_lockISt5mutexE");
    }

    [Fact]
    public void ReadDefinitions_HostLibStdCxx_ListsVersionsWithoutTheFileName()
    {
        var path = HostLibStdCxx.Locate(null);
        path.ShouldNotBeNull("this Linux host has no libstdc++.so.6 in the usual folders");

        var versions = VersionDefinitionReader.Read(ElfImage.Read(path));

        versions.ShouldContain("GLIBCXX_3.4");
        versions.ShouldContain("CXXABI_1.3");
        versions.ShouldNotContain("libstdc++.so.6");
    }

    [Fact]
    public void Locate_LdLibraryPathFolderWithLibStdCxx_PrefersIt()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllBytes(folder.Combine("libstdc++.so.6"), []);

        var path = HostLibStdCxx.Locate($"/nonexistent-folder::{folder.Path}");

        path.ShouldBe(folder.Combine("libstdc++.so.6"));
    }
}
