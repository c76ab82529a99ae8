using DotnetTune.Manifest;

namespace DotnetTune.Core.Tests.Manifest;

public sealed class MalformedManifestTests(ManifestFixture fixture) : IClassFixture<ManifestFixture>
{
    public static TheoryData<string, string, string, int, int, int> Cases => MalformedCases.All;

    [Fact]
    public void Cases_CoverEveryRule_AtLeastForty()
    {
        MalformedCases.All.Count().ShouldBeGreaterThanOrEqualTo(40);
    }

    [Fact]
    public void Heads_HaveTheLineCountsTheCasesAssume()
    {
        Manifests.Head.Count(c => c == '\n').ShouldBe(8);
        Manifests.Core.Count(c => c == '\n').ShouldBe(10);
        Manifests.ScratchCore.Count(c => c == '\n').ShouldBe(10);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_MalformedManifest_ReportsTheErrorAtItsLineAndColumn(
        string name, string text, string fragment, int line, int column, int errorCount)
    {
        var result = fixture.Parse(text);

        var listing = string.Join("\n", result.Diagnostics);
        result.Manifest.ShouldBeNull($"{name}: a manifest was bound despite\n{listing}");
        var matching = result.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Where(d => d.Message.Contains(fragment, StringComparison.Ordinal))
            .ToList();
        matching.ShouldNotBeEmpty($"{name}: no error containing '{fragment}' among\n{listing}");
        matching.ShouldContain(d => d.Line == line && d.Column == column,
            $"{name}: expected ({line},{column}) among\n{listing}");
        if (errorCount >= 0)
        {
            result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)
                .ShouldBe(errorCount, $"{name}: unexpected errors among\n{listing}");
        }
    }
}
