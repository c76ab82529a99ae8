using DotnetTune.Space;
using DotnetTune.Templates;

namespace DotnetTune.Core.Tests.Templates;

/// <summary>
/// template.toml is checked key by key: every problem is reported at once, located (1-based
/// line and column of the value, or of the key when the key is wrong), with its key path.
/// </summary>
public sealed class TemplateDescriptorTests : IDisposable
{
    private readonly ScratchTemplate _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Load_TypeAndDefaults_AreReadAsDeclared()
    {
        var template = Load("""
            description = "a scratch template"

            [parameters]
            rate = { type = "float", default = 1, description = "an int written for a float" }
            units = { type = "int", default = 64 }
            mode = { type = "string", default = "fast", choices = ["fast", "slow"] }
            bias = { default = true }
            """);

        template.Description.ShouldBe("a scratch template");
        template.Parameters["rate"].Default.ShouldBe(ParameterValue.Of(1.0));
        template.Parameters["rate"].Kind.ShouldBe(ValueKind.Float);
        template.Parameters["units"].Default.ShouldBe(ParameterValue.Of(64L));
        template.Parameters["mode"].ChoicesText.ShouldBe("[\"fast\", \"slow\"]");
        template.Parameters["bias"].TypeName.ShouldBe("bool");
        template.Parameters["bias"].ChoicesText.ShouldBe("");
    }

    [Fact]
    public void Load_FloatChoicesWrittenAsIntegers_BecomeFloats()
    {
        var template = Load("[parameters]\nscale = { type = \"float\", default = 2, choices = [1, 2, 4.5] }\n");

        template.Parameters["scale"].Choices.ShouldBe(
            [ParameterValue.Of(1.0), ParameterValue.Of(2.0), ParameterValue.Of(4.5)]);
    }

    [Theory]
    [InlineData("[parameters]\nx = { type = \"integer\", default = 3 }",
        "(2,14): error: parameters.x.type: \"integer\" is not a parameter type: use one of " +
        "\"float\", \"int\", \"string\", \"bool\"; did you mean \"int\"?")]
    [InlineData("[parameters]\nx = { type = \"flaot\", default = 3 }",
        "(2,14): error: parameters.x.type: \"flaot\" is not a parameter type: use one of " +
        "\"float\", \"int\", \"string\", \"bool\"; did you mean \"float\"?")]
    [InlineData("[parameters]\nx = { type = 3, default = 3 }",
        "(2,14): error: parameters.x.type: expected a string: one of \"float\", \"int\", \"string\", " +
        "\"bool\", got integer 3")]
    [InlineData("descripton = \"x\"",
        "(1,1): error: descripton: unknown key 'descripton' at the top level; did you mean 'description'?")]
    [InlineData("[parameters]\nx = { type = \"int\", defualt = 3 }",
        "(2,5): error: parameters.x.default: missing required key 'default' (the value a trial gets " +
        "when the study does not set it)\n" +
        "(2,21): error: parameters.x.defualt: unknown key 'defualt' in [parameters.x]; did you mean 'default'?")]
    [InlineData("[parameters]\nx = { type = \"int\", default = 0.5 }",
        "(2,31): error: parameters.x.default: the type is an int, so the default must be an int, got float 0.5")]
    [InlineData("[parameters]\nx = { type = \"int\", default = 3.0 }",
        "(2,31): error: parameters.x.default: the type is an int, so the default must be an int, " +
        "got float 3.0 (write 3 without the decimal point)")]
    [InlineData("[parameters]\nx = { type = \"bool\", default = \"yes\" }",
        "(2,32): error: parameters.x.default: the type is a bool, so the default must be a bool, " +
        "got string \"yes\"")]
    [InlineData("[parameters]\nx = { type = \"float\", default = nan }",
        "(2,33): error: parameters.x.default: the default must be a finite number, got nan")]
    [InlineData("[parameters]\nx = { type = \"string\", default = [\"a\"] }",
        "(2,34): error: parameters.x.default: the default must be a string, number or boolean, got array")]
    [InlineData("[parameters]\nx = { type = \"string\", default = \"a\", choices = [\"a\", 2] }",
        "(2,55): error: parameters.x.choices: the type is a string, so each choice must be a string, " +
        "got integer 2")]
    [InlineData("[parameters]\nx = { default = 1, choices = [1, 2.5] }",
        "(2,34): error: parameters.x.choices: the default makes it an int, so each choice must be an " +
        "int, got float 2.5")]
    [InlineData("[parameters]\nx = { type = \"string\", default = \"adamw\", choices = [\"adam\", \"sgd\"] }",
        "(2,34): error: parameters.x.default: \"adamw\" is not one of the choices [\"adam\", \"sgd\"]")]
    [InlineData("[parameters]\nx = { type = \"int\", default = 1, choices = [1, 2, 1] }",
        "(2,51): error: parameters.x.choices: 1 is listed twice")]
    [InlineData("[parameters]\nx = { type = \"int\", default = 1, choices = [] }",
        "(2,44): error: parameters.x.choices: must list at least one value (leave choices out to accept any value)")]
    [InlineData("[parameters]\nx = { type = \"int\", default = 1, choices = 1 }",
        "(2,44): error: parameters.x.choices: expected an array of int values, got integer 1")]
    [InlineData("[parameters]\nx = 3",
        "(2,5): error: parameters.x: expected a table such as { type = \"float\", default = 0.1 }, got integer 3")]
    [InlineData("[parameters]\n\"learning-rate\" = { default = 0.1 }",
        "(2,1): error: parameters.learning-rate: 'learning-rate' is not a valid parameter name: start " +
        "with a letter or '_', then use only letters, digits and '_' (templates read it as a variable)")]
    [InlineData("description = 3", "(1,15): error: description: expected a string, got integer 3")]
    [InlineData("parameters = 3", "(1,14): error: parameters: expected a table, got integer 3")]
    [InlineData("[parameters]\nx = { type = \"int\" default = 1 }",
        "(2,20): error: TOML syntax: Unexpected token `Invalid` while parsing inline table. Expecting a " +
        "bare key or string instead of `default`\n" +
        "(2,28): error: TOML syntax: Unexpected token [=] found\n" +
        "(2,32): error: TOML syntax: Expecting `=` after a key instead of }")]
    public void Load_MalformedDescriptor_ReportsEachProblemWhereItIs(string descriptor, string expected)
    {
        _scratch.With("template.toml", descriptor + "\n");

        var error = Should.Throw<TemplateException>(() => TemplateCatalog.Load(_scratch.Directory));

        var prefix = _scratch.PathOf("template.toml");
        var lines = error.Diagnostics.Select(d => d.ToString().Replace(prefix, "")).ToList();
        lines.ShouldBe(expected.Split('\n'));
    }

    [Fact]
    public void Load_ManyProblems_AreAllReportedInFileOrder()
    {
        _scratch.With("template.toml", """
            descripton = "typo"

            [parameters]
            a = { type = "integer", default = 1 }
            b = { type = "float", default = "x" }
            c = { type = "int", default = 2, choices = [1, 3] }
            """);

        var error = Should.Throw<TemplateException>(() => TemplateCatalog.Load(_scratch.Directory));

        error.Diagnostics.Select(d => (d.Line, d.KeyPath)).ShouldBe(
        [
            (1, "descripton"),
            (4, "parameters.a.type"),
            (5, "parameters.b.default"),
            (6, "parameters.c.default"),
        ]);
    }

    private TemplateInfo Load(string descriptor)
    {
        _scratch.With("template.toml", descriptor);
        return TemplateCatalog.Load(_scratch.Directory);
    }
}
