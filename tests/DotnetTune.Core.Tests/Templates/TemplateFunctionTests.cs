using DotnetTune.Templates;

namespace DotnetTune.Core.Tests.Templates;

/// <summary>has_value, cs_string and cs_literal as templates call them.</summary>
public sealed class TemplateFunctionTests : IDisposable
{
    private readonly ScratchTemplate _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void HasValue_ConditionalParameter_FollowsItsCondition()
    {
        _scratch.With("Notes.txt.sbn", "{{ has_value \"optimizer\" }} {{ has_value \"momentum\" }}");

        RenderSamples.RenderOne(_scratch.Info(), RenderSamples.Adam).ShouldBe("true false");
        RenderSamples.RenderOne(_scratch.Info(), RenderSamples.Sgd).ShouldBe("true true");
    }

    [Fact]
    public void HasValue_UnknownName_IsAnErrorWithTheNearestName()
    {
        _scratch.With("Notes.txt.sbn", "{{ if has_value \"momentun\" }}x{{ end }}");

        RenderSamples.RenderErrors(_scratch, RenderSamples.Adam).ShouldBe(
        [
            "{dir}/Notes.txt.sbn(1,7): error: has_value: neither the study nor the template has a " +
            "parameter 'momentun'; did you mean 'momentum'?",
        ]);
    }

    [Fact]
    public void HasValue_NotAName_IsAnError()
    {
        _scratch.With("Notes.txt.sbn", "{{ has_value template }}");

        RenderSamples.RenderErrors(_scratch, RenderSamples.Adam).ShouldBe(
        [
            "{dir}/Notes.txt.sbn(1,4): error: has_value takes a parameter name such as " +
            "has_value \"momentum\", got an object",
        ]);
    }

    [Fact]
    public void CsString_Null_IsAnError()
    {
        _scratch.With("Notes.txt.sbn", "{{ cs_string null }}");

        RenderSamples.RenderErrors(_scratch, RenderSamples.Adam).ShouldBe(
            ["{dir}/Notes.txt.sbn(1,4): error: cs_string takes a string, number or boolean, got null"]);
    }

    [Fact]
    public void CsString_NumbersAndFlags_AreInvariantText()
    {
        _scratch.With("Notes.txt.sbn", "{{ cs_string values.ratio }} {{ cs_string values.flag }} {{ cs_string 12 }}");

        RenderSamples.RenderOne(_scratch.Info(), RenderSamples.Adam).ShouldBe("\"0.9\" \"true\" \"12\"");
    }

    [Fact]
    public void CsLiteral_ScriptObject_IsAnError()
    {
        _scratch.With("Notes.txt.sbn", "{{ cs_literal tune }}");

        var error = Should.Throw<TemplateException>(() => RenderSamples.Render(_scratch.Info(), RenderSamples.Adam));

        error.Diagnostics.Single().Message.ShouldStartWith("no C# literal for a");
    }
}
