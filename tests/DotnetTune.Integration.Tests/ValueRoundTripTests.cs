using System.Text.Json;
using DotnetTune.Integration.Tests.Support;

namespace DotnetTune.Integration.Tests;

/// <summary>
/// Values of every kind, strings with quotes, backslashes, newlines and non-ASCII text among
/// them, rendered into a trial's code through cs_literal: the project compiles and receives
/// exactly the value, with the right C# type. No value can change the program.
/// </summary>
public sealed class ValueRoundTripTests
{
    private static readonly string[] Texts =
    [
        "plain",
        "quote\" back\\ slash",
        "line\nbreak\ttab",
        "naïve ünïcödé ✓ 😀",
        "\"); Environment.Exit(3); //",
    ];

    [Fact]
    public async Task Run_ValuesRenderedIntoCode_ReachTheTrialExactly()
    {
        using var folder = new TemporaryFolder();
        FixtureTemplates.CopyInto(folder.Path, "echo");
        var texts = string.Join(", ", Texts.Select(TomlString));
        var manifest = folder.Write("Tune.toml", $$"""
            [study]
            name = "echo"

            [objective]
            metric = "score"
            direction = "maximize"

            [search]
            strategy = "grid"

            [trial]
            template = "templates/echo"
            device = "cpu"
            epochs = 1
            data = "{{RepoPaths.Samples}}"

            [parameters]
            text = { type = "choice", values = [{{texts}}] }
            ratio = 0.9
            count = 7
            flag = true
            tiny = 1e-5
            """);

        var outcome = await ToolProcess.RunToolAsync(folder.Path, "run", manifest, "--plain");

        outcome.ExitCode.ShouldBe(0, outcome.ToString());
        var trials = Directory.GetDirectories(Path.Combine(folder.Path, "tune-out", "echo", "trials")).Order().ToList();
        trials.Count.ShouldBe(Texts.Length);
        var seenTexts = new HashSet<string>();
        foreach (var trial in trials)
        {
            var received = JsonSerializer.Deserialize<Dictionary<string, string[]>>(
                File.ReadAllText(Path.Combine(trial, "received.json")))!;
            received["text"][0].ShouldBe("String");
            seenTexts.Add(received["text"][1]);
            received["ratio"].ShouldBe(["Double", "0.9"]);
            received["count"].ShouldBe(["Int64", "7"]);
            received["flag"].ShouldBe(["Boolean", "True"]);
            received["tiny"].ShouldBe(["Double", "1E-05"]);
        }

        seenTexts.ShouldBe(Texts, ignoreOrder: true);
    }

    /// <summary>A TOML basic string: quotes, backslashes and control characters escaped, the rest as is.</summary>
    private static string TomlString(string text) =>
        "\"" + string.Concat(text.Select(c => c switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\t' => "\\t",
            _ => c.ToString(),
        })) + "\"";
}
