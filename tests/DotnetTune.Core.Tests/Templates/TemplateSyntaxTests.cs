using DotnetTune.Templates;

namespace DotnetTune.Core.Tests.Templates;

/// <summary>Parse errors point at the `{{` that caused them when one is left open.</summary>
public sealed class TemplateSyntaxTests
{
    [Fact]
    public void Parse_BlockNeverClosed_IsAnError()
    {
        var (_, problems) = TemplateSyntax.Parse("line 1\nvalue = {{ template.name\n", "P.sbn");

        problems.Select(p => p.ToString()).ShouldBe(["P.sbn(2,9): error: this `{{` is never closed: add `}}`"]);
    }

    [Fact]
    public void Parse_ErrorInsideABlockOnItsOwnLine_HasNoHint()
    {
        var (_, problems) = TemplateSyntax.Parse("a\nb {{ 1 + }} c\n", "P.sbn");

        problems.Select(p => (p.Line, p.Column)).ShouldBe([(2, 10)]);
        problems[0].Message.ShouldStartWith("Error while parsing binary expression");
    }

    [Fact]
    public void Parse_ClosedBlocksOverSeveralLines_AreFine()
    {
        var (template, problems) = TemplateSyntax.Parse("{{\n  x = 1\n  y = 2\n}}{{ x + y }}", "P.sbn");

        problems.ShouldBeEmpty();
        template.Render().ShouldBe("3");
    }
}
