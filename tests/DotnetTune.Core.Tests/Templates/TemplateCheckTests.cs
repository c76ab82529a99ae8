using DotnetTune.Space;
using DotnetTune.Templates;

namespace DotnetTune.Core.Tests.Templates;

/// <summary>
/// TemplateRenderer.Check renders a template in memory for configurations that show every
/// conditional parameter active and inactive, and returns every error instead of throwing.
/// </summary>
public sealed class TemplateCheckTests : IDisposable
{
    private readonly ScratchTemplate _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Check_UnguardedConditionalValue_IsFoundWhereItIsInactive()
    {
        _scratch.With("Program.cs.sbn", "var m = {{ cs_literal values.momentum }};");
        var space = new SearchSpace(
        [
            new CategoricalParameter("optimizer", [ParameterValue.Of("sgd"), ParameterValue.Of("adam")]),
            new FloatParameter("momentum", 0.5, 0.99) { Condition = RenderSamples.WhenSgd },
        ]);

        var problems = Check(space);

        problems.Select(p => p.ToString().Replace(_scratch.Directory, "{dir}")).ShouldBe(
        [
            "{dir}/Program.cs.sbn(1,30): error: values has no 'momentum' in this trial: it is active " +
            "only when optimizer == \"sgd\"; test it first with has_value \"momentum\" " +
            "(when momentum is inactive)",
        ]);
    }

    [Fact]
    public void Check_GuardedConditionalValue_HasNoProblems()
    {
        _scratch.With("Program.cs.sbn",
            "{{ if has_value \"momentum\" }}var m = {{ cs_literal values.momentum }};{{ end }}");

        Check(RenderSamples.Space).ShouldBeEmpty();
    }

    [Fact]
    public void Check_ParseErrorsInSeveralFiles_AreReturnedTogether()
    {
        _scratch.With("A.cs.sbn", "{{ 1 + }}").With("B.cs.sbn", "ok {{ ) }}").With("C.cs", "{{ not parsed }}");

        var problems = Check(RenderSamples.Space);

        problems.Select(p => Path.GetFileName(p.File)).ShouldBe(["A.cs.sbn", "B.cs.sbn"]);
    }

    [Fact]
    public void Check_ErrorsOfEveryFile_AreCollected()
    {
        _scratch.With("A.cs.sbn", "{{ template.nmae }}").With("B.cs.sbn", "{{ tune.rid }}");

        var problems = Check(RenderSamples.Space);

        problems.Select(p => (Path.GetFileName(p.File), p.Line, p.Column))
            .ShouldBe([("A.cs.sbn", 1, 13), ("B.cs.sbn", 1, 9)]);
    }

    [Fact]
    public void Check_NoParameters_RendersOnce()
    {
        _scratch.With("Program.cs.sbn", "{{ for p in parameters }}{{ p.name }}{{ end }}");

        Check(new SearchSpace([])).ShouldBeEmpty();
    }

    private IReadOnlyList<DotnetTune.Manifest.ManifestDiagnostic> Check(SearchSpace space) =>
        TemplateRenderer.Check(_scratch.Info(), space, RenderSamples.Assets, RenderSamples.Target);
}
