using DotnetTune.Manifest;

namespace DotnetTune.Core.Tests.Manifest;

public sealed class ManifestWarningTests(ManifestFixture fixture) : IClassFixture<ManifestFixture>
{
    private const string Bool = "[parameters]\nb = { type = \"bool\" }\n";

    public static TheoryData<string, string, string, int, int> Cases { get; } = new()
    {
        {
            "a loss maximized",
            Manifests.Core.Replace("metric = \"val_accuracy\"", "metric = \"val_loss\"") + Bool,
            "the metric \"val_loss\" is usually minimized; did you mean direction = \"minimize\"?", 5, 13
        },
        {
            "a choice of one value",
            Manifests.Core + "[parameters]\nb = { type = \"choice\", values = [64] }\n",
            "only one value: b is fixed at 64", 12, 33
        },
        {
            "trial.epochs overridden by an epochs parameter",
            Manifests.Core.Replace("data = \"data\"", "data = \"data\"\nepochs = 5") +
            "[parameters]\nepochs = { type = \"choice\", values = [1, 2] }\n",
            "ignored: parameters.epochs sets the epochs of each trial", 9, 10
        },
        {
            "more random trials than distinct configurations",
            Manifests.Core + Bool,
            "the space has only 2 distinct configurations but trials = 4: the sweep stops after 2", 10, 10
        },
        {
            "more startup trials than trials",
            Manifests.Head + "[search]\nstrategy = \"bayesian\"\ntrials = 5\n" +
            "[parameters]\nx = { type = \"float\", low = 0, high = 1 }\n",
            "startup_trials = 10 is not below trials = 5", 10, 12
        },
        {
            "every parameter fixed",
            Manifests.Core + "[parameters]\nschedule = \"cosine\"\n",
            "every parameter is fixed: all trials run the same configuration", 11, 2
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_DoubtfulButValidManifest_WarnsAndStillBinds(
        string name, string text, string fragment, int line, int column)
    {
        var result = fixture.Parse(text);

        var listing = string.Join("\n", result.Diagnostics);
        result.Manifest.ShouldNotBeNull($"{name}:\n{listing}");
        result.Diagnostics.ShouldContain(
            d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains(fragment) && d.Line == line &&
                 d.Column == column,
            $"{name}: expected a warning at ({line},{column}) among\n{listing}");
    }
}
