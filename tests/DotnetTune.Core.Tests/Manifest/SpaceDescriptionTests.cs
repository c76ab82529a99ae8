using System.Text.RegularExpressions;
using DotnetTune.Manifest;

namespace DotnetTune.Core.Tests.Manifest;

public sealed partial class SpaceDescriptionTests(ManifestFixture fixture) : IClassFixture<ManifestFixture>
{
    [Fact]
    public void Describe_Space_GivesKindRangeScaleStepConditionAndValueCount()
    {
        var manifest = ParseValid(Manifests.Core + """
            [parameters]
            lr = { type = "float", low = 0.001, high = 0.1, scale = "log" }
            units = { type = "int", low = 10, high = 1000, step = 50 }
            optimizer = { type = "choice", values = ["adam", "sgd"] }
            momentum = { type = "float", low = 0.8, high = 1.0, step = 0.1, when = { optimizer = "sgd" } }
            schedule = "cosine"
            """);

        var lines = SpaceDescription.Describe(manifest).Split('\n');

        lines.Select(Collapse).ShouldBe(
        [
            "parameters: 4 tuned, 1 fixed",
            " lr float [0.001, 0.1] log (continuous)",
            " units int [10, 1000] linear step 50 (20 values, last 960)",
            " optimizer choice [\"adam\", \"sgd\"] (2 values)",
            " schedule fixed \"cosine\"",
            " momentum float [0.8, 1.0] linear step 0.1 when optimizer == \"sgd\" (3 values)",
            "grid: none (continuous: lr)",
        ]);
        var kindColumns = lines.Skip(1).Take(5).Select(line =>
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return line.IndexOf(words[1], 2 + words[0].Length, StringComparison.Ordinal);
        });
        kindColumns.Distinct().ShouldHaveSingleItem().ShouldBe(2 + "optimizer".Length + 2);
    }

    [Fact]
    public void Describe_ManifestWithTemplate_GivesTheGridAndTheDefaultsKept()
    {
        var manifest = ParseValid(Manifests.ScratchCore.Replace("trials = 4", "trials = 6") + """
            [parameters]
            optimizer = { type = "choice", values = ["adam", "sgd"] }
            hidden = { type = "int", low = 64, high = 256, step = 64 }
            """);

        var text = SpaceDescription.Describe(manifest);

        text.ShouldContain("\ngrid: 8 configurations\n");
        var start = text.IndexOf("template scratch defaults kept:", StringComparison.Ordinal);
        Collapse(text[start..].Replace("\n", " ")).ShouldBe(
            "template scratch defaults kept: batch_size = 64, dropout = 0.0, init = \"default\", " +
            "layers = 1, learning_rate = 0.001, momentum = 0.9, schedule = \"constant\", units3 = 32, " +
            "use_bias = true, weight_decay = 0.0");
        text.Split('\n').ShouldAllBe(line => line.Length <= 100);
    }

    private TuneManifest ParseValid(string text)
    {
        var result = fixture.Parse(text);
        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
        return result.Manifest!;
    }

    private static string Collapse(string line) => Spaces().Replace(line, " ");

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();
}
