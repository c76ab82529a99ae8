using DotnetTune.Space;
using DotnetTune.Templates;

namespace DotnetTune.Core.Tests.Templates;

/// <summary>
/// A typo in a template is an error naming the file, line, column and member, never an empty
/// value: for variables, for members of tune, template, values and each parameter, and for
/// values by indexer. Scriban's own functions keep working.
/// </summary>
public sealed class StrictModelTests : IDisposable
{
    private readonly ScratchTemplate _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Render_UnknownVariable_NamesFileLineAndColumn()
    {
        _scratch.With("Program.cs.sbn", "// a\nvar name = {{ tempalte.name }};\n");

        RenderSamples.RenderErrors(_scratch, RenderSamples.Adam).ShouldBe(
        [
            "{dir}/Program.cs.sbn(2,15): error: The variable or function `tempalte` was not found",
        ]);
    }

    [Theory]
    [InlineData("{{ template.nmae }}", "(1,13): error: template has no member 'nmae'; did you mean 'name'?")]
    [InlineData("{{ template.title }}", "(1,13): error: template has no member 'title'; it has name")]
    [InlineData("{{ tune.runtime_assembli }}",
        "(1,9): error: tune has no member 'runtime_assembli'; did you mean 'runtime_assembly'?")]
    [InlineData("{{ tune[\"rid\"] }}", "(1,9): error: tune has no member 'rid'; it has build_targets, " +
        "libtorch_package, libtorch_version, runtime_assembly, runtime_identifier, target_framework, " +
        "torchsharp_version")]
    [InlineData("{{ for p in parameters }}{{ p.nmae }}{{ end }}",
        "(1,31): error: a parameter has no member 'nmae'; did you mean 'name'?")]
    [InlineData("{{ values.optimiser }}", "(1,11): error: values has no 'optimiser': neither the study " +
        "nor the template has such a parameter; did you mean 'optimizer'?")]
    [InlineData("x = {{ cs_literal values[\"ratio_\"] }}", "(1,26): error: values has no 'ratio_': " +
        "neither the study nor the template has such a parameter; did you mean 'ratio'?")]
    public void Render_UnknownMember_IsAnErrorNamingIt(string text, string expected)
    {
        _scratch.With("Program.cs.sbn", text);

        RenderSamples.RenderErrors(_scratch, RenderSamples.Adam).ShouldBe(["{dir}/Program.cs.sbn" + expected]);
    }

    [Fact]
    public void Render_InactiveConditionalValue_SaysWhenItIsActive()
    {
        _scratch.With("Program.cs.sbn", "var m = {{ cs_literal values.momentum }};");

        RenderSamples.RenderErrors(_scratch, RenderSamples.Adam).ShouldBe(
        [
            "{dir}/Program.cs.sbn(1,30): error: values has no 'momentum' in this trial: it is active " +
            "only when optimizer == \"sgd\"; test it first with has_value \"momentum\"",
        ]);
    }

    [Fact]
    public void Render_TemplateParameterTheStudyLeavesOut_SaysTheDefaultApplies()
    {
        _scratch.With("Program.cs.sbn", "{{ values.dropout }}");
        var template = _scratch.Info(
            new TemplateParameter("dropout", ValueKind.Float, ParameterValue.Of(0.1), "dropout"));

        var error = Should.Throw<TemplateException>(() => RenderSamples.Render(template, RenderSamples.Adam));

        error.Diagnostics.Single().Message.ShouldBe(
            "values has no 'dropout': the study does not set it, so trials get the template's " +
            "default 0.1; test it first with has_value \"dropout\"");
    }

    [Fact]
    public void Render_ActiveValues_ReadByMemberAndIndexer()
    {
        _scratch.With("Program.cs.sbn", "{{ values.optimizer }} {{ values[\"momentum\"] }} {{ values.count }}");

        RenderSamples.RenderOne(_scratch.Info(), RenderSamples.Sgd).ShouldBe("sgd 0.9 7");
    }

    [Fact]
    public void Render_ScribanBuiltIns_KeepWorking()
    {
        _scratch.With("Notes.txt.sbn", """
            {{ "adam" | string.upcase }} {{ [3, 1, 2] | array.sort | array.join "," }}
            {{ "<b>" | html.escape }} {{ math.round 1.6 }} {{ tune | object.keys | array.size }}
            {{ parameters | array.map "name" | array.join "," }}
            """);

        RenderSamples.RenderOne(_scratch.Info(), RenderSamples.Adam).ShouldBe(
            "ADAM 1,2,3\n&lt;b&gt; 2 7\noptimizer,ratio,count,flag,text,momentum");
    }

    [Fact]
    public void Render_UnknownMemberOfBuiltIn_IsAnError()
    {
        _scratch.With("Program.cs.sbn", "{{ string.upcse }}");

        RenderSamples.RenderErrors(_scratch, RenderSamples.Adam).ShouldBe(
            ["{dir}/Program.cs.sbn(1,11): error: Cannot get member with name upcse."]);
    }

    [Fact]
    public void Render_AssignmentToTheModel_IsRefused()
    {
        _scratch.With("Program.cs.sbn", "{{ template.name = \"other\" }}");

        var error = Should.Throw<TemplateException>(() => RenderSamples.Render(_scratch.Info(), RenderSamples.Adam));

        error.Diagnostics.Single().Message.ShouldContain("readonly");
    }

    [Fact]
    public void Render_VariableSetInOneFile_IsNotSeenByTheNext()
    {
        _scratch.With("A.txt.sbn", "{{ shared = 1 }}{{ shared }}").With("B.txt.sbn", "{{ shared }}");

        RenderSamples.RenderErrors(_scratch, RenderSamples.Adam).ShouldBe(
            ["{dir}/B.txt.sbn(1,4): error: The variable or function `shared` was not found"]);
    }

    [Fact]
    public void Render_WithBlockOverAModelObject_StillFindsOtherVariables()
    {
        _scratch.With("Notes.txt.sbn", "{{ with template }}{{ name }} {{ string.upcase name }}{{ end }}");

        RenderSamples.RenderOne(_scratch.Info(), RenderSamples.Adam).ShouldBe("scratch SCRATCH");
    }
}
