using DotnetTune.Build.Elf;

namespace DotnetTune.Build.Tests.Elf;

public sealed class WeakVersionPatchTests
{
    private const string LibStdCxx = "libstdc++.so.6";

    [Fact]
    public void Apply_Glibcxx3432_SetsTheWeakFlagOnThatVersionOnly()
    {
        var original = TestAssets.ReadLibTorchSharp();

        var bytes = WeakVersionPatch.Apply(original, LibStdCxx, TestAssets.Glibcxx3432);

        var before = AllNeededVersions(original);
        var after = AllNeededVersions(ElfImage.Parse("patched", bytes));
        after.Count.ShouldBe(before.Count);
        var weak = after.Where(version => version.IsWeak).ToList();
        weak.Select(version => version.Name).ShouldBe([TestAssets.Glibcxx3432]);
        weak[0].Flags.ShouldBe((ushort)0x2);
        after.Where(version => !version.IsWeak)
            .ShouldBe(before.Where(version => version.Name != TestAssets.Glibcxx3432));
    }

    [Fact]
    public void Apply_Glibcxx3432_ChangesOnlyTheFlagsByteAndKeepsTheSize()
    {
        var original = File.ReadAllBytes(TestAssets.LibTorchSharp);
        var image = ElfImage.Parse("original", original);

        var patched = WeakVersionPatch.Apply(image, LibStdCxx, TestAssets.Glibcxx3432);

        patched.Length.ShouldBe(original.Length);
        var changed = Enumerable.Range(0, original.Length)
            .Where(i => original[i] != patched[i])
            .ToList();
        var flagsOffset = AllNeededVersions(image)
            .Single(version => version.Name == TestAssets.Glibcxx3432)
            .FlagsOffset;
        changed.ShouldBe([(int)flagsOffset]);
    }

    [Fact]
    public void Apply_AlreadyPatched_ReturnsTheSameBytes()
    {
        var once = WeakVersionPatch.Apply(
            TestAssets.ReadLibTorchSharp(), LibStdCxx, TestAssets.Glibcxx3432);

        var twice = WeakVersionPatch.Apply(
            ElfImage.Parse("once", once), LibStdCxx, TestAssets.Glibcxx3432);

        twice.ShouldBe(once);
    }

    [Fact]
    public void Apply_VersionNotNeeded_Throws()
    {
        var image = TestAssets.ReadLibTorchSharp();

        Should.Throw<ArgumentException>(
            () => WeakVersionPatch.Apply(image, LibStdCxx, "GLIBCXX_9.9"));
    }

    [Fact]
    public void Apply_LibTorchSharp_LeavesTheImageItReadUnchanged()
    {
        var image = TestAssets.ReadLibTorchSharp();
        var before = image.CopyBytes();

        WeakVersionPatch.Apply(image, LibStdCxx, TestAssets.Glibcxx3432);

        image.CopyBytes().ShouldBe(before);
    }

    private static List<NeededVersion> AllNeededVersions(ElfImage image) =>
        VersionNeedReader.Read(image).SelectMany(need => need.Versions).ToList();
}
