using System.Diagnostics;
using DotnetTune.Manifest;
using DotnetTune.Space;

namespace DotnetTune.Core.Tests.Manifest;

public sealed class ManifestGridTests(ManifestFixture fixture) : IClassFixture<ManifestFixture>
{
    private const string Grid = Manifests.Head + "[search]\nstrategy = \"grid\"\n";

    private const string GridParameters = Grid + "[parameters]\n";

    [Fact]
    public void Parse_IntStepLandingOnHigh_IncludesHighAndSizesTheBudget()
    {
        var manifest = ParseValid(GridParameters + "units = { type = \"int\", low = 32, high = 128, step = 32 }");

        manifest.Space.Find("units")!.GridValues().Select(v => v.AsLong()).ShouldBe([32L, 64, 96, 128]);
        manifest.Search.Trials.ShouldBe(4);
    }

    [Fact]
    public void Parse_IntStepMissingHigh_WarnsAtHighAndStopsAt960()
    {
        var result = fixture.Parse(GridParameters + "units = { type = \"int\", low = 10, high = 1000, step = 50 }");

        var warning = result.Diagnostics.ShouldHaveSingleItem();
        warning.Severity.ShouldBe(DiagnosticSeverity.Warning);
        (warning.Line, warning.Column).ShouldBe((12, 42));
        warning.Message.ShouldBe(
            "high 1000 is not on the step from 10 (step 50) and is never reached; the last value is 960");
        var values = result.Manifest!.Space.Find("units")!.GridValues().Select(v => v.AsLong()).ToList();
        (values.Count, values[0], values[^1]).ShouldBe((20, 10L, 960L));
    }

    [Fact]
    public void Parse_FloatStep_CountsInDecimalAndPrintsExactly()
    {
        var manifest = ParseValid(GridParameters + "keep = { type = \"float\", low = 0.8, high = 1.0, step = 0.1 }");

        var grid = manifest.Space.EnumerateGrid().ToList();
        grid.Select(c => c["keep"].ToString()).ShouldBe(["0.8", "0.9", "1.0"]);
        grid[1].ToJson().ShouldBe("""{"keep":0.9}""");
        manifest.Search.Trials.ShouldBe(3);
    }

    [Fact]
    public void Parse_FloatStepMissingHigh_WarnsWithTheLastValue()
    {
        var result = fixture.Parse(GridParameters + "d = { type = \"float\", low = 0, high = 1, step = 0.3 }");

        var warning = result.Diagnostics.ShouldHaveSingleItem();
        warning.Severity.ShouldBe(DiagnosticSeverity.Warning);
        warning.Message.ShouldEndWith("the last value is 0.9");
        var values = result.Manifest!.Space.Find("d")!.GridValues().Select(v => v.ToString());
        values.ShouldBe(["0.0", "0.3", "0.6", "0.9"]);
    }

    [Fact]
    public void Parse_ConditionalGrid_CountsOnlyValidCombinations()
    {
        var manifest = ParseValid(Grid + """
            [parameters]
            optimizer = { type = "choice", values = ["adam", "sgd", "rmsprop"] }
            momentum = { type = "choice", values = [0.8, 0.9], when = "optimizer in ['sgd', 'rmsprop']" }
            nesterov = { type = "bool", when = { optimizer = "sgd" } }
            """);

        // adam: 1; sgd: 2 momentum x 2 nesterov = 4; rmsprop: 2 momentum.
        manifest.Search.Trials.ShouldBe(7);
        manifest.Space.EnumerateGrid().Count().ShouldBe(7);
    }

    [Fact]
    public void Parse_HugeGridWithoutTrials_IsCountedNotEnumerated()
    {
        var parameters = string.Concat(
            Enumerable.Range(0, 40).Select(i => $"p{i} = {{ type = \"int\", low = 1, high = 1000 }}\n"));
        var clock = Stopwatch.StartNew();

        var error = fixture.Parse(GridParameters + parameters).Diagnostics.ShouldHaveSingleItem();

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        (error.Line, error.Column).ShouldBe((10, 12));
        error.Message.ShouldBe(
            "the grid has 1.0e120 points, too many to run: remove values, or use strategy = \"random\"");
    }

    [Fact]
    public void Parse_ConditionalParentWithTooManyValues_GivesALowerBoundInsteadOfWalkingIt()
    {
        var error = fixture.Parse(Grid + """
            trials = 1000
            [parameters]
            a = { type = "int", low = 1, high = 100000000 }
            b = { type = "bool", when = "a >= 5" }
            """).Diagnostics.ShouldHaveSingleItem();

        error.Message.ShouldStartWith(
            "the grid has at least 100,000,000 points but trials = 1000: remove values");
    }

    [Fact]
    public void Parse_NestedConditionalParents_AreNotWalkedValueByValue()
    {
        var clock = Stopwatch.StartNew();

        var error = fixture.Parse(Grid + """
            trials = 1000
            [parameters]
            a = { type = "int", low = 1, high = 5000000 }
            b = { type = "int", low = 1, high = 5000000, when = "a >= 2" }
            c = { type = "bool", when = "b >= 2" }
            """).Diagnostics.ShouldHaveSingleItem();

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        error.Message.ShouldStartWith("the grid has at least 5,000,000 points but trials = 1000");
    }

    [Fact]
    public void Parse_GridWithMoreTrialsThanPoints_WarnsAndRunsTheGrid()
    {
        var result = fixture.Parse(Grid + "trials = 10\n[parameters]\nb = { type = \"bool\" }\n");

        result.Manifest!.Search.Trials.ShouldBe(2);
        result.Diagnostics.ShouldHaveSingleItem().Message
            .ShouldBe("the grid has only 2 points: 2 trials will run, not 10");
    }

    private TuneManifest ParseValid(string text)
    {
        var result = fixture.Parse(text);
        result.Diagnostics.ShouldBeEmpty(string.Join("\n", result.Diagnostics));
        return result.Manifest.ShouldNotBeNull();
    }
}
