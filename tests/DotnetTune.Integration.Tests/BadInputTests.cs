using DotnetTune.Integration.Tests.Support;

namespace DotnetTune.Integration.Tests;

/// <summary>
/// User mistakes end with one clear, located message and exit code 2, never a stack trace.
/// </summary>
public sealed class BadInputTests
{
    private const string ValidHead = """
        [study]
        name = "bad"

        [objective]
        metric = "val_accuracy"
        direction = "maximize"

        [search]
        trials = 1

        """;

    [Fact]
    public async Task Run_MissingManifest_ExitsTwoNamingTheFile()
    {
        using var folder = new TemporaryFolder();

        var outcome = await ToolProcess.RunToolAsync(folder.Path, "run", "Nope.toml");

        outcome.ExitCode.ShouldBe(2, outcome.ToString());
        outcome.Stderr.ShouldContain("Nope.toml");
        AssertNoStackTrace(outcome);
    }

    [Fact]
    public async Task Run_UnknownTemplate_ExitsTwoWithLocation()
    {
        using var folder = new TemporaryFolder();
        folder.Write("Tune.toml", ValidHead + """
            [trial]
            template = "no-such-template"
            data = "mnist-10k"
            """);

        var outcome = await ToolProcess.RunToolAsync(folder.Path, "run");

        outcome.ExitCode.ShouldBe(2, outcome.ToString());
        outcome.Stderr.ShouldContain("Tune.toml(11,");
        outcome.Stderr.ShouldContain("trial.template");
        AssertNoStackTrace(outcome);
    }

    [Fact]
    public async Task Validate_UnknownKeyAndWrongType_ReportsBothWithLocations()
    {
        using var folder = new TemporaryFolder();
        folder.Write("Tune.toml", ValidHead + """
            [trial]
            template = "mlp-classifier"
            data = "mnist-10k"
            epoch = 3

            [parameters]
            learning_rate = { type = "float", low = "small", high = 0.1 }
            """);

        var outcome = await ToolProcess.RunToolAsync(folder.Path, "validate");

        outcome.ExitCode.ShouldBe(2, outcome.ToString());
        outcome.Stderr.ShouldContain("Tune.toml(13,1)");
        outcome.Stderr.ShouldContain("epochs");
        outcome.Stderr.ShouldContain("Tune.toml(16,");
        outcome.Stderr.ShouldContain("parameters.learning_rate.low");
        AssertNoStackTrace(outcome);
    }

    [Fact]
    public async Task Run_MissingDataFolder_ExitsTwoNamingThePath()
    {
        using var folder = new TemporaryFolder();
        folder.Write("Tune.toml", ValidHead + """
            [trial]
            template = "mlp-classifier"
            data = "no/such/folder"
            """);

        var outcome = await ToolProcess.RunToolAsync(folder.Path, "run");

        outcome.ExitCode.ShouldBe(2, outcome.ToString());
        outcome.Stderr.ShouldContain("Tune.toml(12,");
        outcome.Stderr.ShouldContain("trial.data");
        outcome.Stderr.ShouldContain("no/such/folder");
        AssertNoStackTrace(outcome);
    }

    [Fact]
    public async Task Run_CudaWithoutGpu_ExitsTwoWithLocation()
    {
        if (File.Exists("/proc/driver/nvidia/version"))
        {
            return;
        }

        using var folder = new TemporaryFolder();
        folder.Write("Tune.toml", ValidHead + """
            [trial]
            template = "mlp-classifier"
            data = "mnist-10k"
            device = "cuda"

            [parameters]
            hidden = 64
            """);

        var outcome = await ToolProcess.RunToolAsync(folder.Path, "run");

        outcome.ExitCode.ShouldBe(2, outcome.ToString());
        outcome.Stderr.ShouldContain("Tune.toml(13,1): error: trial.device");
        outcome.Stderr.ShouldContain("no CUDA device");
        AssertNoStackTrace(outcome);
    }

    private static void AssertNoStackTrace(ProcessOutcome outcome)
    {
        outcome.Stderr.ShouldNotContain("   at ");
        outcome.Stdout.ShouldNotContain("   at ");
        outcome.Stderr.ShouldNotContain("Exception");
    }
}
