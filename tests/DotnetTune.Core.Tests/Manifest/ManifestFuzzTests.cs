using System.Text;
using DotnetTune.Manifest;

namespace DotnetTune.Core.Tests.Manifest;

/// <summary>No input may make the loader throw: truncated, mutated and random text give diagnostics.</summary>
public sealed class ManifestFuzzTests(ManifestFixture fixture) : IClassFixture<ManifestFixture>
{
    private const string Valid = """
        [study]
        name = "fuzz"
        [objective]
        metric = "val_loss"
        direction = "minimize"
        [search]
        strategy = "bayesian"
        trials = 30
        configurations = [{ learning_rate = 0.01, optimizer = "sgd", momentum = 0.9, layers = 3, units3 = 32 }]
        [search.bayesian]
        model = "tpe"
        startup_trials = 5
        [trial]
        template = "scratch"
        data = "data"
        timeout = "1h30m"
        [parameters]
        learning_rate = { type = "float", low = 1e-4, high = 0.1, scale = "log" }
        optimizer = { type = "choice", values = ["adam", "sgd"] }
        momentum = { type = "float", low = 0.8, high = 0.99, step = 0.01, when = { optimizer = "sgd" } }
        layers = { type = "int", low = 1, high = 4 }
        units3 = { type = "int", low = 16, high = 64, step = 16, when = "layers >= 3" }
        schedule = "cosine"
        [parameters.dropout]
        type = "choice"
        values = [0.0, 0.25, 0.5]
        """;

    private static readonly string[] s_fragments =
    [
        "=", "[", "]", "[[", "]]", "{", "}", "\"", "'", ",", ".", "\n", "#", "\\", "\0", "é", "-", "nan", "inf",
        "1e999", "0x1F", "1979-05-27", "true", "\"\"\"", "when = \"a >= \"", "type = \"int\"", "a.b.c = 1",
        "[parameters.x]", "[[search.configurations]]", "low = 5", "values = []", "step = 0",
    ];

    private TuneManifest? Result(string text) => AssertHandled(text).Manifest;

    [Fact]
    public void Parse_TheFuzzSeed_IsValid()
    {
        var result = fixture.Parse(Valid.ReplaceLineEndings("\n"));

        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Parse_EveryPrefixOfAValidManifest_ReportsInsteadOfThrowing()
    {
        var text = Valid.ReplaceLineEndings("\n");
        for (var length = 0; length < text.Length; length++)
        {
            Result(text[..length]);
        }
    }

    [Fact]
    public void Parse_RandomEditsOfAValidManifest_ReportInsteadOfThrowing()
    {
        var random = new Random(20240611);
        for (var i = 0; i < 800; i++)
        {
            var text = new StringBuilder(Valid.ReplaceLineEndings("\n"));
            for (var edit = random.Next(1, 5); edit > 0; edit--)
            {
                Edit(text, random);
            }

            Result(text.ToString());
        }
    }

    [Fact]
    public void Parse_RandomText_ReportsInsteadOfThrowing()
    {
        var random = new Random(7);
        const string alphabet = "ab_=.[]{}\"',#\n \t0123456789-+eE:xé\\";
        for (var i = 0; i < 500; i++)
        {
            var length = random.Next(0, 300);
            var characters = Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]);
            var text = new string(characters.ToArray());
            Result(text);
        }
    }

    [Fact]
    public void Load_BinaryFile_ReportsInsteadOfThrowing()
    {
        var path = Path.Combine(fixture.StudyDirectory, "binary.toml");
        var bytes = new byte[4096];
        new Random(3).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);

        var result = ManifestLoader.Load(path, fixture.Environment);

        result.HasErrors.ShouldBeTrue();
        result.Diagnostics.ShouldNotContain(d => d.Message.Contains("internal error"));
    }

    private ManifestResult AssertHandled(string text)
    {
        var result = Should.NotThrow(() => fixture.Parse(text), text);
        var listing = $"{text}\n---\n{string.Join("\n", result.Diagnostics)}";
        result.Diagnostics.ShouldNotContain(d => d.Message.Contains("internal error"), listing);
        result.Diagnostics.ShouldAllBe(d => d.Line >= 1 && d.Column >= 1);
        (result.Manifest is null).ShouldBe(result.HasErrors, text);
        return result;
    }

    private static void Edit(StringBuilder text, Random random)
    {
        var at = random.Next(text.Length + 1);
        switch (random.Next(3))
        {
            case 0 when text.Length > 0:
                var length = Math.Min(random.Next(1, 12), text.Length - Math.Min(at, text.Length - 1));
                text.Remove(Math.Min(at, text.Length - 1), Math.Max(length, 1));
                break;
            case 1:
                text.Insert(at, s_fragments[random.Next(s_fragments.Length)]);
                break;
            default:
                var lines = text.ToString().Split('\n');
                var line = lines[random.Next(lines.Length)];
                text.Insert(at, line + "\n");
                break;
        }
    }
}
