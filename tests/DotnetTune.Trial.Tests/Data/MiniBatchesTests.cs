using DotnetTune.Trial.Data;

namespace DotnetTune.Trial.Tests.Data;

public sealed class MiniBatchesTests
{
    [Fact]
    public void Shuffled_TenSamplesBatchesOfFour_CoversEachOnceInThreeBatches()
    {
        var batches = MiniBatches.Shuffled(10, 4, new Random(7));

        batches.Select(batch => batch.Length).ShouldBe([4, 4, 2]);
        batches.SelectMany(batch => batch).Order()
            .ShouldBe(Enumerable.Range(0, 10).Select(i => (long)i));
    }

    [Fact]
    public void Shuffled_SameSeed_GivesTheSameOrder() =>
        MiniBatches.Shuffled(100, 8, new Random(3)).SelectMany(b => b)
            .ShouldBe(MiniBatches.Shuffled(100, 8, new Random(3)).SelectMany(b => b));

    [Fact]
    public void Shuffled_TwoEpochsFromOneRandom_GivesDifferentOrders()
    {
        var random = new Random(3);

        var first = MiniBatches.Shuffled(100, 8, random).SelectMany(b => b).ToList();
        var second = MiniBatches.Shuffled(100, 8, random).SelectMany(b => b).ToList();

        second.ShouldNotBe(first);
    }

    [Fact]
    public void Count_PartialLastBatch_CountsIt() => MiniBatches.Count(8001, 64).ShouldBe(126);

    [Fact]
    public void Shuffled_ZeroBatchSize_ThrowsBadConfig() =>
        Should.Throw<TrialException>(() => MiniBatches.Shuffled(10, 0, new Random(1)))
            .ExitCode.ShouldBe(TrialExitCodes.BadConfig);
}
