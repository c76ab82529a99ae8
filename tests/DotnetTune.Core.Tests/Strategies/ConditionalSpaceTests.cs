using DotnetTune.Space;

namespace DotnetTune.Core.Tests.Strategies;

public sealed class ConditionalSpaceTests
{
    public static TheoryData<string> Names() => ["random", "coarse-to-fine", "tpe", "tpe-multi", "gp"];

    [Theory]
    [MemberData(nameof(Names))]
    public void Run_ConditionalSpace_OnlyActiveParametersArePresent(string name)
    {
        var space = TestSpaces.Conditional();
        var settings = TestSpaces.AllSettings(30).Single(s => s.Name == name).Settings;

        var history = StudySimulator.Run(
            TestSpaces.Create(settings, space), space, TestSpaces.ConditionalLoss, trials: 30, seed: 8);

        history.Count.ShouldBe(30);
        foreach (var configuration in history.Select(o => o.Configuration))
        {
            var sgd = configuration["optimizer"].AsString() == "sgd";
            configuration.ContainsKey("momentum").ShouldBe(sgd);
            configuration.ContainsKey("beta").ShouldBe(!sgd);
            configuration["lr"].AsDouble().ShouldBeInRange(1e-5, 1);
        }
    }

    [Fact]
    public void Tpe_ConditionalSpace_LearnsTheBetterBranchAndItsParameter()
    {
        var space = TestSpaces.Conditional();
        var strategy = TestSpaces.Create(TestSpaces.Bayesian("tpe", startup: 10), space);

        var history = StudySimulator.Run(strategy, space, TestSpaces.ConditionalLoss, trials: 60, seed: 2);

        var late = history.Skip(40).Select(o => o.Configuration).ToList();
        late.Count(c => c["optimizer"].AsString() == "adam").ShouldBeGreaterThan(late.Count / 2);
        var adamBetas = late.Where(c => c.ContainsKey("beta")).Select(c => c["beta"].AsDouble()).ToList();
        adamBetas.Average().ShouldBeInRange(0.85, 0.95);
        StudySimulator.Best(history).ShouldBeLessThan(0.05);
    }
}
