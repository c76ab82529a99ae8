using DotnetTune.Manifest;
using DotnetTune.Space;
using DotnetTune.Strategies;

namespace DotnetTune.Core.Tests.Strategies;

public sealed class DeterminismTests
{
    public static TheoryData<string> Names() =>
        ["random", "coarse-to-fine", "tpe", "tpe-multi", "gp"];

    [Theory]
    [MemberData(nameof(Names))]
    public void Suggest_SameSeedAndHistory_ReturnsSameConfiguration(string name)
    {
        var space = TestSpaces.Quadratic2D();
        var settings = TestSpaces.AllSettings(20).Single(s => s.Name == name).Settings;
        var history = Run(settings, space, 8, seed: 3);

        var first = TestSpaces.Create(settings, space).Suggest(new(space, 8, history, 3));
        var second = TestSpaces.Create(settings, space).Suggest(new(space, 8, history, 3));

        first.ShouldNotBeNull();
        first.ShouldBe(second);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Suggest_DifferentSeed_ReturnsDifferentConfiguration(string name)
    {
        var space = TestSpaces.Quadratic2D();
        var settings = TestSpaces.AllSettings(20).Single(s => s.Name == name).Settings;
        var history = Run(settings, space, 8, seed: 3);

        var first = TestSpaces.Create(settings, space).Suggest(new(space, 8, history, 3));
        var other = TestSpaces.Create(settings, space).Suggest(new(space, 8, history, 4));

        first.ShouldNotBe(other);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Run_ResumedWithFreshStrategy_ProposesTheUninterruptedSequence(string name)
    {
        var space = TestSpaces.Quadratic2D();
        var settings = TestSpaces.AllSettings(14).Single(s => s.Name == name).Settings;

        var uninterrupted = Run(settings, space, 14, seed: 11);
        var beforeStop = Run(settings, space, 6, seed: 11);
        var resumed = StudySimulator.Run(
            TestSpaces.Create(settings, space), space, TestSpaces.Bowl, 14, 11, start: beforeStop);

        resumed.Select(o => o.Configuration).ShouldBe(uninterrupted.Select(o => o.Configuration));
    }

    [Fact]
    public void SeedMixer_SameInputs_SameSeedAndPurposesDiffer()
    {
        var seed = SeedMixer.Mix(42, 7, "tpe");

        SeedMixer.Mix(42, 7, "tpe").ShouldBe(seed);
        SeedMixer.Mix(42, 7, "gp").ShouldNotBe(seed);
        SeedMixer.Mix(42, 8, "tpe").ShouldNotBe(seed);
        SeedMixer.Mix(43, 7, "tpe").ShouldNotBe(seed);
    }

    [Fact]
    public void Suggest_PendingTrial_TpeAndGpProposeSomethingElse()
    {
        var space = TestSpaces.Branin();
        foreach (var model in new[] { "tpe", "gp" })
        {
            var strategy = TestSpaces.Create(TestSpaces.Bayesian(model), space);
            var history = StudySimulator.Run(strategy, space, TestSpaces.BraninValue, 12, seed: 5);
            var next = strategy.Suggest(new SuggestContext(space, 12, history, 5))!;
            var running = new Observation(12, next, ObservationState.Pending, null);
            var pending = history.Append(running).ToList();

            var parallel = strategy.Suggest(new SuggestContext(space, 13, pending, 5))!;

            Distance(parallel, next).ShouldBeGreaterThan(1e-3, model);
        }
    }

    private static List<Observation> Run(SearchSettings settings, SearchSpace space, int trials, long seed) =>
        StudySimulator.Run(TestSpaces.Create(settings, space), space, TestSpaces.Bowl, trials, seed);

    private static double Distance(Configuration a, Configuration b) =>
        Math.Abs(a["x1"].AsDouble() - b["x1"].AsDouble()) +
        Math.Abs(a["x2"].AsDouble() - b["x2"].AsDouble());
}
