using System.Text.Json;
using DotnetTune.Integration.Tests.Support;

namespace DotnetTune.Integration.Tests;

/// <summary>
/// Packs the tool, installs it into a temporary tool path and runs a small sweep with the
/// installed `dotnet-tune` from a folder outside the repository, with the built-in template and
/// the bundled sample data: everything a trial needs must travel inside the package.
/// </summary>
public sealed class InstalledToolTests
{
    [Fact]
    public async Task PackInstallRun_FromEmptyFolder_CompletesWithBundledTemplateAndData()
    {
        using var folder = new TemporaryFolder();
        var packages = Path.Combine(folder.Path, "packages");
        var toolPath = Path.Combine(folder.Path, "tools");
        var work = Directory.CreateDirectory(Path.Combine(folder.Path, "work")).FullName;
        var project = Path.Combine(RepoPaths.Root, "tool", "DotnetTune.Tool.csproj");

        // A version of its own, so NuGet's cache never hands back a package from an earlier run.
        var version = $"0.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmssfff}";

        var pack = await Dotnet(
            RepoPaths.Root, "pack", project, "-c", "Release", "-o", packages, $"-p:Version={version}");
        pack.ExitCode.ShouldBe(0, pack.ToString());
        var install = await Dotnet(work, "tool", "install", "dotnet-tune", "--tool-path", toolPath,
            "--add-source", packages, "--version", version);
        install.ExitCode.ShouldBe(0, install.ToString());

        File.WriteAllText(Path.Combine(work, "Tune.toml"), """
            [study]
            name = "installed"

            [objective]
            metric = "val_accuracy"
            direction = "maximize"

            [search]
            trials = 1

            [trial]
            template = "mlp-classifier"
            device = "cpu"
            epochs = 1
            samples = 1000
            data = "mnist-10k"

            [parameters]
            learning_rate = 0.005
            """);
        var run = await ToolProcess.RunAsync(Path.Combine(toolPath, "dotnet-tune"), work, TimeSpan.FromMinutes(6),
            ["run", "--plain"]);

        run.ExitCode.ShouldBe(0, run.ToString());
        var summaryPath = Path.Combine(work, "tune-out", "installed", "summary.json");
        using var summary = JsonDocument.Parse(File.ReadAllText(summaryPath));
        var trial = summary.RootElement.GetProperty("trials")[0];
        trial.GetProperty("status").GetString().ShouldBe("completed");
        trial.GetProperty("value").GetDouble().ShouldBeGreaterThan(0.5);
    }

    private static Task<ProcessOutcome> Dotnet(string workingDirectory, params string[] arguments) =>
        ToolProcess.RunAsync("dotnet", workingDirectory, TimeSpan.FromMinutes(5), arguments);
}
