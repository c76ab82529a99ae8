using DotnetTune.Build.Elf;

namespace DotnetTune.Build.Tests;

public sealed class LibStdCxxCompatibilityTests
{
    [Fact]
    public void Diagnose_HostWithEveryVersion_IsLoadable()
    {
        var diagnosis = LibStdCxxCompatibility.Diagnose(
            TestAssets.ReadLibTorchSharp(), TestAssets.NewEnoughHost());

        diagnosis.State.ShouldBe(LibStdCxxState.Loadable);
        diagnosis.MissingVersions.ShouldBeEmpty();
    }

    [Fact]
    public void Diagnose_HostLackingOnlyGlibcxx3432_NeedsWeakPatch()
    {
        var host = TestAssets.HostLacking(TestAssets.Glibcxx3432);

        var diagnosis = LibStdCxxCompatibility.Diagnose(TestAssets.ReadLibTorchSharp(), host);

        diagnosis.State.ShouldBe(LibStdCxxState.NeedsWeakPatch);
        diagnosis.MissingVersions.ShouldBe([TestAssets.Glibcxx3432]);
    }

    [Fact]
    public void Diagnose_HostLackingMoreVersions_IsUnfixableAndNamesThemAll()
    {
        var host = TestAssets.HostLacking(
            TestAssets.Glibcxx3432, "GLIBCXX_3.4.30", "CXXABI_1.3.13");

        var diagnosis = LibStdCxxCompatibility.Diagnose(TestAssets.ReadLibTorchSharp(), host);

        diagnosis.State.ShouldBe(LibStdCxxState.Unfixable);
        diagnosis.MissingVersions.ShouldBe(
            [TestAssets.Glibcxx3432, "GLIBCXX_3.4.30", "CXXABI_1.3.13"], ignoreOrder: true);
    }

    [Fact]
    public void Diagnose_HostLackingOnlyAnotherVersion_IsUnfixable()
    {
        var host = TestAssets.HostLacking("GLIBCXX_3.4.30");

        var diagnosis = LibStdCxxCompatibility.Diagnose(TestAssets.ReadLibTorchSharp(), host);

        diagnosis.State.ShouldBe(LibStdCxxState.Unfixable);
        diagnosis.MissingVersions.ShouldBe(["GLIBCXX_3.4.30"]);
    }

    [Fact]
    public void Diagnose_PatchedLibraryOnOldHost_IsLoadable()
    {
        var host = TestAssets.HostLacking(TestAssets.Glibcxx3432);
        var patched = WeakVersionPatch.Apply(
            TestAssets.ReadLibTorchSharp(), "libstdc++.so.6", TestAssets.Glibcxx3432);

        var diagnosis = LibStdCxxCompatibility.Diagnose(ElfImage.Parse("patched", patched), host);

        diagnosis.State.ShouldBe(LibStdCxxState.Loadable);
    }
}
