using DotnetTune.Manifest;

namespace DotnetTune.Core.Tests.Manifest;

public sealed class ManifestLoaderTests(ManifestFixture fixture) : IClassFixture<ManifestFixture>
{
    private const string ValidBody = "[parameters]\nx = { type = \"int\", low = 1, high = 10 }\n";

    [Fact]
    public void Load_MissingFile_ReportsItAtTheFirstLine()
    {
        var path = Path.Combine(fixture.Root, "missing", "Tune.toml");

        var result = ManifestLoader.Load(path, fixture.Environment);

        result.Manifest.ShouldBeNull();
        result.Diagnostics.ShouldHaveSingleItem().ToString()
            .ShouldBe($"{path}(1,1): error: file not found: {path}");
    }

    [Fact]
    public void Load_Folder_ReadsTheTuneTomlInside()
    {
        var folder = Path.Combine(fixture.Root, "by-folder");
        Directory.CreateDirectory(Path.Combine(folder, "data"));
        File.WriteAllText(Path.Combine(folder, "Tune.toml"), Manifests.Core + ValidBody);

        var result = ManifestLoader.Load(folder, fixture.Environment);

        result.Diagnostics.ShouldBeEmpty();
        result.Manifest!.FilePath.ShouldBe(Path.Combine(folder, "Tune.toml"));
        result.Manifest.Trial.DataPath.ShouldBe(Path.Combine(folder, "data"));
        result.Manifest.Study.OutputDirectory.ShouldBe(Path.Combine(folder, "tune-out"));
    }

    [Fact]
    public void Parse_Diagnostic_PrintsFileLineColumnSeverityKeyAndMessage()
    {
        var text = Manifests.Core + "[parameters]\n" +
                   "lr = { type = \"float\", low = 0, high = 0.1, scale = \"log\" }\n";

        var result = ManifestLoader.Parse(text, "Tune.toml", fixture.Environment, fixture.StudyDirectory);

        result.Diagnostics.ShouldHaveSingleItem().ToString()
            .ShouldBe("Tune.toml(12,30): error: parameters.lr: log scale needs low > 0, got 0");
    }

    [Fact]
    public void Parse_ManyProblems_ReportsThemAllInFileOrder()
    {
        var text = """
            [study]
            name = "a b"
            [objective]
            metric = "val_accuracy"
            direction = "up"
            [search]
            trials = 0
            [trial]
            template = "open"
            data = "data"
            epochs = -1
            [parameters]
            lr = { type = "float", low = 1, high = 0 }
            """;

        var result = fixture.Parse(text);

        result.Diagnostics.Select(d => (d.Line, d.KeyPath)).ShouldBe(
        [
            (2, "study.name"), (5, "objective.direction"), (7, "search.trials"), (11, "trial.epochs"),
            (13, "parameters.lr"),
        ]);
    }

    [Fact]
    public void Parse_UnknownKey_SuggestsTheNearestKnownOne()
    {
        var text = Manifests.Core.Replace("trials = 4", "trials = 4\nmax_faild = 3") + ValidBody;

        var error = fixture.Parse(text).Diagnostics.ShouldHaveSingleItem();

        (error.Line, error.Column, error.KeyPath).ShouldBe((11, 1, "search.max_faild"));
        error.Message.ShouldBe("unknown key 'max_faild' in [search]; did you mean 'max_failed'?");
    }
}
