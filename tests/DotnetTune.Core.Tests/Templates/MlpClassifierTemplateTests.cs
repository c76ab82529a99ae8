using DotnetTune.Space;
using DotnetTune.Templates;
using DotnetTune.Trials;

namespace DotnetTune.Core.Tests.Templates;

/// <summary>The built-in template loads, checks clean and renders a buildable project.</summary>
public sealed class MlpClassifierTemplateTests
{
    private static readonly TemplateInfo s_template =
        TemplateCatalog.Load(BuiltInFolder("mlp-classifier"));

    private static readonly SearchSpace s_space = new(
    [
        new FloatParameter("learning_rate", 1e-4, 1e-1, Log: true),
        new CategoricalParameter("optimizer", [ParameterValue.Of("adam"), ParameterValue.Of("sgd")]),
        new FloatParameter("momentum", 0.5, 0.99) { Condition = RenderSamples.WhenSgd },
        new IntParameter("hidden", 32, 256, Step: 32),
        new FixedParameter("schedule", ParameterValue.Of("cosine")),
    ]);

    [Fact]
    public void Load_Descriptor_HasTypedParametersWithChoices()
    {
        s_template.Parameters["optimizer"].ChoicesText.ShouldBe("[\"adam\", \"sgd\"]");
        s_template.Parameters["learning_rate"].TypeName.ShouldBe("float");
        s_template.Parameters["batch_size"].Default.ShouldBe(ParameterValue.Of(64L));
        s_template.Parameters["weight_decay"].Default.Kind.ShouldBe(ValueKind.Float);
    }

    [Fact]
    public void Render_SampledConfiguration_ReferencesLibTorchAndTheTrialRuntime()
    {
        var values = s_space.Sample(new Random(3));
        var model = RenderModel.Create(
            s_template, s_space, values, RenderSamples.Assets, RenderSamples.Target);

        var files = TemplateRenderer.Load(s_template).Render(model)
            .ToDictionary(f => f.RelativePath, f => f.Text);

        var project = files["Trial.csproj"];
        project.ShouldContain("<PackageReference Include=\"TorchSharp\" Version=\"0.107.0\" />");
        project.ShouldContain("<PackageReference Include=\"libtorch-cpu-linux-x64\" Version=\"2.10.0\" />");
        project.ShouldContain("<HintPath>/opt/tune/runtime/DotnetTune.Trial.dll</HintPath>");
        project.ShouldContain("<Import Project=\"/opt/tune/build/DotnetTune.Build.targets\" />");
        project.ShouldContain("<RuntimeIdentifier>linux-x64</RuntimeIdentifier>");
        files["Program.cs"].ShouldContain("const string TemplateName = \"mlp-classifier\";");
        files.Keys.ShouldContain("MlpModel.cs");
    }

    [Fact]
    public void Check_StudyWithConditionalMomentum_HasNoProblems()
    {
        TemplateRenderer.Check(s_template, s_space, RenderSamples.Assets, RenderSamples.Target)
            .ShouldBeEmpty();
    }

    private static string BuiltInFolder(string name)
    {
        var relative = Path.Combine("templates", name, TemplateCatalog.DescriptorFileName);
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, relative)))
        {
            folder = folder.Parent;
        }

        var root = folder.ShouldNotBeNull($"{relative} not found above the tests").FullName;
        return Path.Combine(root, "templates", name);
    }
}
