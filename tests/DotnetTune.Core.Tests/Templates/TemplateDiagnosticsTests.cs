using DotnetTune.Manifest;
using DotnetTune.Templates;
using Scriban.Parsing;

namespace DotnetTune.Core.Tests.Templates;

/// <summary>Every template problem reads `file(line,col): error: message`, 1-based, once per place.</summary>
public sealed class TemplateDiagnosticsTests
{
    [Theory]
    [InlineData("The function `nope` was not found")]
    [InlineData("Program.cs.sbn(7,31) : error : The function `nope` was not found")]
    [InlineData("/t/Program.cs.sbn(328:7,31)-(330:7,33) : error : The function `nope` was not found")]
    public void FromScriban_AnyMessageForm_ReadsTheSame(string message)
    {
        var span = new SourceSpan("/t/Program.cs.sbn", new TextPosition(328, 6, 30), new TextPosition(332, 6, 34));

        TemplateDiagnostics.FromScriban("/t/Program.cs.sbn", span, message).ToString()
            .ShouldBe("/t/Program.cs.sbn(7,31): error: The function `nope` was not found");
    }

    [Fact]
    public void OnePerPlace_SecondProblemAtAPlace_IsDropped()
    {
        var problems = new[]
        {
            TemplateDiagnostics.Error("a.sbn", 2, 3, "first"),
            TemplateDiagnostics.Error("a.sbn", 2, 3, "second"),
            TemplateDiagnostics.Error("a.sbn", 2, 4, "third"),
            TemplateDiagnostics.Error("b.sbn", 2, 3, "fourth"),
        };

        TemplateDiagnostics.OnePerPlace(problems).Select(p => p.Message).ShouldBe(["first", "third", "fourth"]);
    }

    [Fact]
    public void Message_LongCascade_ShowsTheFirstFiveAndCountsTheRest()
    {
        var problems = Enumerable.Range(1, 8)
            .Select(line => TemplateDiagnostics.Error("a.sbn", line, 1, $"problem {line}"))
            .ToList();

        var error = new TemplateException(problems);

        error.Diagnostics.Count.ShouldBe(8);
        error.Message.Split(Environment.NewLine).ShouldBe(
        [
            "a.sbn(1,1): error: problem 1",
            "a.sbn(2,1): error: problem 2",
            "a.sbn(3,1): error: problem 3",
            "a.sbn(4,1): error: problem 4",
            "a.sbn(5,1): error: problem 5",
            "… and 3 more",
        ]);
    }

    [Fact]
    public void Message_FiveProblems_HasNoCount()
    {
        var problems = Enumerable.Range(1, 5)
            .Select(line => new ManifestDiagnostic(DiagnosticSeverity.Error, "a.sbn", line, 1, "", "x"))
            .ToList();

        new TemplateException(problems).Lines.Count.ShouldBe(5);
    }
}
