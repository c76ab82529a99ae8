using DotnetTune.Manifest;
using DotnetTune.Templates;

namespace DotnetTune.Core.Tests.Manifest;

/// <summary>
/// A scratch world for manifest tests: built-in templates "open" (declares no parameters) and
/// "scratch" (declares the parameters the tests use), a study folder with a data folder, and a
/// bundled samples folder.
/// </summary>
public sealed class ManifestFixture : IDisposable
{
    public ManifestFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), $"dotnet-tune-manifest-{Guid.NewGuid():N}");
        TemplatesDirectory = Path.Combine(Root, "templates");
        SamplesDirectory = Path.Combine(Root, "samples");
        StudyDirectory = Path.Combine(Root, "study");
        Directory.CreateDirectory(Path.Combine(StudyDirectory, "data"));
        Directory.CreateDirectory(Path.Combine(SamplesDirectory, "mnist-mini"));
        WriteTemplate("open", "description = \"declares no parameters\"\n");
        WriteTemplate("scratch", ScratchDescriptor);
        Environment = new ManifestEnvironment(new TemplateCatalog(TemplatesDirectory), SamplesDirectory);
    }

    public string Root { get; }

    public string TemplatesDirectory { get; }

    public string SamplesDirectory { get; }

    /// <summary>The folder the test manifests live in; relative paths start here.</summary>
    public string StudyDirectory { get; }

    public ManifestEnvironment Environment { get; }

    public ManifestResult Parse(string text) =>
        ManifestLoader.Parse(text, "Tune.toml", Environment, StudyDirectory);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private void WriteTemplate(string name, string descriptor)
    {
        var folder = Path.Combine(TemplatesDirectory, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, TemplateCatalog.DescriptorFileName), descriptor);
    }

    private const string ScratchDescriptor = """
        description = "declares the parameters the manifest tests use"

        [parameters]
        learning_rate = { default = 0.001 }
        batch_size = { default = 64 }
        hidden = { default = 128 }
        layers = { default = 1 }
        units3 = { default = 32 }
        dropout = { default = 0.0 }
        momentum = { default = 0.9 }
        weight_decay = { default = 0.0 }
        use_bias = { default = true }
        init = { default = "default", choices = ["default", "kaiming", "xavier"] }
        schedule = { default = "constant", choices = ["constant", "step", "cosine"] }
        optimizer = { default = "adam", choices = ["adam", "sgd", "rmsprop"] }
        """;
}

/// <summary>Shared manifest heads, so a case shows only what it is about. Line numbers in the
/// cases count these lines: <see cref="Head"/> is 8 lines, <see cref="Core"/> 10.</summary>
public static class Manifests
{
    /// <summary>[study], [objective] and [trial] with the "open" template (lines 1-8).</summary>
    public const string Head = """
        [study]
        name = "t"
        [objective]
        metric = "val_accuracy"
        direction = "maximize"
        [trial]
        template = "open"
        data = "data"

        """;

    /// <summary><see cref="Head"/> and a random search of 4 trials (lines 1-10).</summary>
    public const string Core = Head + """
        [search]
        trials = 4

        """;

    /// <summary><see cref="Core"/> with the "scratch" template that declares its parameters.</summary>
    public static string ScratchCore { get; } = Core.Replace("template = \"open\"", "template = \"scratch\"");
}
