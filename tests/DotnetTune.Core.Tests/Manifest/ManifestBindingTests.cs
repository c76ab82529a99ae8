using DotnetTune.Manifest;
using DotnetTune.Space;

namespace DotnetTune.Core.Tests.Manifest;

public sealed class ManifestBindingTests(ManifestFixture fixture) : IClassFixture<ManifestFixture>
{
    private const string Example = """
        "$schema" = "./schema/tune.schema.json"

        [study]
        name = "mnist-mlp"
        seed = 42
        output = "tune-out"

        [objective]
        metric = "val_accuracy"
        direction = "maximize"

        [search]
        strategy = "random"
        trials = 8
        parallel = 2
        repeats = 3
        max_failed = 5
        retries = 1

        [trial]
        template = "scratch"
        device = "cpu"
        epochs = 3
        data = "data"
        timeout = "1h30m"
        samples = 1000
        validation_fraction = 0.25
        threads = 2

        [parameters]
        learning_rate = { type = "float", low = 1e-4, high = 0.1, scale = "log" }
        batch_size    = { type = "choice", values = [32, 64, 128] }
        hidden        = { type = "int", low = 64, high = 256, step = 64 }
        layers        = { type = "int", low = 1, high = 4, scale = "log" }
        dropout       = { type = "float", low = 0.0, high = 0.5, step = 0.1 }
        use_bias      = { type = "bool" }
        schedule      = "cosine"
        init          = { type = "fixed", value = "kaiming" }
        optimizer     = { type = "choice", values = ["adam", "sgd"] }
        momentum      = { type = "float", low = 0.8, high = 0.99, when = { optimizer = "sgd" } }
        units3        = { type = "int", low = 16, high = 64, when = "layers >= 3" }
        """;

    [Fact]
    public void Parse_Example_BindsEveryParameterKind()
    {
        var space = ParseValid(Example).Space;

        space.Find("learning_rate").ShouldBe(new FloatParameter("learning_rate", 1e-4, 0.1, Log: true));
        space.Find("batch_size").ShouldBe(new CategoricalParameter("batch_size", Values(32L, 64L, 128L)));
        space.Find("hidden").ShouldBe(new IntParameter("hidden", 64, 256, Step: 64));
        space.Find("layers").ShouldBe(new IntParameter("layers", 1, 4, Log: true));
        space.Find("dropout").ShouldBe(new FloatParameter("dropout", 0.0, 0.5, Step: 0.1));
        space.Find("use_bias").ShouldBe(new CategoricalParameter("use_bias", Values(false, true)));
        space.Find("schedule").ShouldBe(new FixedParameter("schedule", ParameterValue.Of("cosine")));
        space.Find("init").ShouldBe(new FixedParameter("init", ParameterValue.Of("kaiming")));
        space.Find("optimizer").ShouldBe(new CategoricalParameter("optimizer", Values("adam", "sgd")));
    }

    [Fact]
    public void Parse_Example_KeepsEachValueKind()
    {
        var space = ParseValid(Example).Space;

        space.Find("batch_size")!.ValueKind.ShouldBe(ValueKind.Int);
        space.Find("use_bias")!.ValueKind.ShouldBe(ValueKind.Bool);
        space.Find("schedule")!.ValueKind.ShouldBe(ValueKind.String);
        space.Find("dropout")!.GridValues().Select(v => v.Kind).Distinct().ShouldBe([ValueKind.Float]);
    }

    [Fact]
    public void Parse_Example_BindsConditionsToTheirParents()
    {
        var space = ParseValid(Example).Space;

        space.Find("momentum")!.Condition
            .ShouldBe(new Condition("optimizer", ConditionOperator.In, Values("sgd")));
        space.Find("units3")!.Condition
            .ShouldBe(new Condition("layers", ConditionOperator.GreaterOrEqual, Values(3L)));
        space.Parameters.Select(p => p.Name).ToList().IndexOf("momentum")
            .ShouldBeGreaterThan(space.Parameters.Select(p => p.Name).ToList().IndexOf("optimizer"));
    }

    [Fact]
    public void Parse_Example_BindsTheSettingsSections()
    {
        var manifest = ParseValid(Example);

        var output = Path.Combine(fixture.StudyDirectory, "tune-out");
        manifest.Study.ShouldBe(new StudySettings("mnist-mlp", 42, output));
        manifest.Objective.ShouldBe(new ObjectiveSettings("val_accuracy", Direction.Maximize));
        manifest.Search.ShouldBe(
            new SearchSettings("random", 8, Parallel: 2, Repeats: 3, MaxFailed: 5, Retries: 1));
        manifest.Trial.ShouldBe(new TrialSettings("scratch", DeviceRequest.Cpu, 3,
            Path.Combine(fixture.StudyDirectory, "data"), TimeSpan.FromMinutes(90), 1000, 0.25, 2));
        manifest.TemplateInfo!.Name.ShouldBe("scratch");
        manifest.FilePath.ShouldBe(Path.Combine(fixture.StudyDirectory, "Tune.toml"));
    }

    [Fact]
    public void Parse_MinimalManifest_TakesTheDefaults()
    {
        var manifest = ParseValid(Manifests.Core + "[parameters]\nx = { type = \"int\", low = 1, high = 9 }\n");

        manifest.Study.ShouldBe(new StudySettings("t", 0, Path.Combine(fixture.StudyDirectory, "tune-out")));
        manifest.Search.ShouldBe(new SearchSettings("random", 4));
        manifest.Trial.ShouldBe(new TrialSettings("open", DeviceRequest.Auto, 10,
            Path.Combine(fixture.StudyDirectory, "data")));
    }

    [Fact]
    public void Parse_ParameterAsHeaderTable_BindsLikeTheInlineForm()
    {
        var inline = ParseValid(Manifests.Core + """
            [parameters]
            lr = { type = "float", low = 0.001, high = 0.1, scale = "log" }
            m = { type = "float", low = 0.5, high = 0.9, when = { lr = 0.01 } }
            """).Space;
        var tables = ParseValid(Manifests.Core + """
            [parameters.lr]
            type = "float"
            low = 0.001
            high = 0.1
            scale = "log"

            [parameters.m]
            type = "float"
            low = 0.5
            high = 0.9
            when.lr = 0.01
            """).Space;

        tables.Parameters.ShouldBe(inline.Parameters);
    }

    [Theory]
    [InlineData("\"optimizer in ['sgd', 'rmsprop']\"", ConditionOperator.In, 2)]
    [InlineData("{ optimizer = [\"sgd\", \"rmsprop\"] }", ConditionOperator.In, 2)]
    [InlineData("\"optimizer != 'adam'\"", ConditionOperator.NotIn, 1)]
    [InlineData("\"optimizer not in [adam]\"", ConditionOperator.NotIn, 1)]
    public void Parse_ConditionForms_BindTheOperatorAndValues(string when, ConditionOperator op, int count)
    {
        var space = ParseValid(Manifests.Core + $"""
            [parameters]
            optimizer = {"{"} type = "choice", values = ["adam", "sgd", "rmsprop"] {"}"}
            m = {"{"} type = "float", low = 0.5, high = 0.9, when = {when} {"}"}
            """).Space;

        var condition = space.Find("m")!.Condition!;
        condition.Parent.ShouldBe("optimizer");
        condition.Operator.ShouldBe(op);
        condition.Values.Count.ShouldBe(count);
        condition.Values.ShouldAllBe(v => v.Kind == ValueKind.String);
    }

    [Theory]
    [InlineData("90", 90)]
    [InlineData("1.5", 1.5)]
    [InlineData("\"90s\"", 90)]
    [InlineData("\"10m\"", 600)]
    [InlineData("\"1h30m\"", 5400)]
    [InlineData("\"2h\"", 7200)]
    public void Parse_TimeoutForms_BecomeTheSameDuration(string timeout, double seconds)
    {
        var text = Manifests.Core.Replace("data = \"data\"", $"data = \"data\"\ntimeout = {timeout}") +
                   "[parameters]\nx = { type = \"bool\" }\n";

        ParseValid(text).Trial.Timeout.ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Fact]
    public void Parse_DataMissingNextToTheManifest_UsesTheBundledSample()
    {
        var text = Manifests.Core.Replace("data = \"data\"", "data = \"samples/mnist-mini\"") +
                   "[parameters]\nx = { type = \"bool\" }\n";

        ParseValid(text).Trial.DataPath.ShouldBe(Path.Combine(fixture.SamplesDirectory, "mnist-mini"));
    }

    [Fact]
    public void Parse_DataMissingEverywhere_NamesTheAbsolutePath()
    {
        var text = Manifests.Core.Replace("data = \"data\"", "data = \"samples/none\"") +
                   "[parameters]\nx = { type = \"bool\" }\n";

        var error = fixture.Parse(text).Diagnostics.Single(d => d.Severity == DiagnosticSeverity.Error);

        var missing = Path.Combine(fixture.StudyDirectory, "samples", "none");
        error.Message.ShouldStartWith($"data folder not found: {missing}");
    }

    [Fact]
    public void Parse_TemplateFolderNextToTheManifest_KeepsItsAbsolutePath()
    {
        var folder = Path.Combine(fixture.StudyDirectory, "my-template");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "template.toml"), "description = \"local\"\n");
        var text = Manifests.Core.Replace("template = \"open\"", "template = \"my-template\"") +
                   "[parameters]\nx = { type = \"bool\" }\n";

        ParseValid(text).Trial.Template.ShouldBe(folder);
    }

    [Fact]
    public void Parse_ManualConfigurations_BindTypedValuesInSpaceOrder()
    {
        var manifest = ParseValid(Manifests.Head + """
            [search]
            strategy = "manual"
            configurations = [
              { batch_size = 64, optimizer = "sgd", momentum = 0.9, lr = 1 },
              { lr = 0.5, optimizer = "adam", batch_size = 32.0 },
            ]
            [parameters]
            lr = { type = "float", low = 0.01, high = 1 }
            batch_size = { type = "choice", values = [32, 64] }
            optimizer = { type = "choice", values = ["adam", "sgd"] }
            momentum = { type = "float", low = 0.8, high = 0.99, when = { optimizer = "sgd" } }
            schedule = "cosine"
            """);

        manifest.Search.Trials.ShouldBe(2);
        var listed = manifest.Search.Listed!;
        listed[0].ToJson().ShouldBe(
            """{"lr":1.0,"batch_size":64,"optimizer":"sgd","schedule":"cosine","momentum":0.9}""");
        listed[1].ToJson().ShouldBe("""{"lr":0.5,"batch_size":32,"optimizer":"adam","schedule":"cosine"}""");
    }

    [Fact]
    public void Parse_WarmStartWithoutAParameter_TakesTheTemplateDefault()
    {
        var head = Manifests.ScratchCore.Replace("trials = 4", "trials = 4\nconfigurations = [{ hidden = 128 }]");
        var manifest = ParseValid(head + """
            [parameters]
            hidden = { type = "int", low = 64, high = 256, step = 64 }
            batch_size = { type = "choice", values = [32, 64] }
            """);

        manifest.Search.Listed!.Single()["batch_size"].ShouldBe(ParameterValue.Of(64L));
    }

    [Fact]
    public void Parse_IntegersForATemplateFloat_BecomeFloats()
    {
        var space = ParseValid(Manifests.ScratchCore + """
            [parameters]
            dropout = { type = "choice", values = [0, 1] }
            weight_decay = 0
            """).Space;

        space.Find("dropout")!.GridValues().ShouldAllBe(v => v.Kind == ValueKind.Float);
        space.Find("weight_decay")!.ValueKind.ShouldBe(ValueKind.Float);
    }

    [Fact]
    public void Parse_ChoiceMixingIntegersAndFloats_HoldsFloats()
    {
        var text = Manifests.Core + "[parameters]\nd = { type = \"choice\", values = [0, 0.5, 1] }\n";

        var space = ParseValid(text).Space;

        space.Find("d")!.GridValues().Select(v => v.ToString()).ShouldBe(["0.0", "0.5", "1.0"]);
    }

    [Fact]
    public void Parse_SeedAndEpochsParameters_AreAllowedBesideTheTemplateOnes()
    {
        var space = ParseValid(Manifests.ScratchCore + """
            [parameters]
            seed = { type = "choice", values = [1, 2, 3] }
            epochs = { type = "int", low = 1, high = 5 }
            """).Space;

        space.Parameters.Select(p => p.Name).ShouldBe(["seed", "epochs"]);
    }

    private TuneManifest ParseValid(string text)
    {
        var result = fixture.Parse(text);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
        errors.ShouldBeEmpty(string.Join("\n", result.Diagnostics));
        return result.Manifest.ShouldNotBeNull();
    }

    private static List<ParameterValue> Values(params object[] values) => values.Select(v => v switch
    {
        long integer => ParameterValue.Of(integer),
        bool flag => ParameterValue.Of(flag),
        string text => ParameterValue.Of(text),
        _ => ParameterValue.Of((double)v),
    }).ToList();
}
