using DotnetTune.Templates;

namespace DotnetTune.Core.Tests.Templates;

/// <summary>
/// Golden files: each folder under Golden/ holds template files (`*.sbn`) and, beside them,
/// what rendering them for <see cref="RenderSamples.Adam"/> gives: `&lt;output&gt;.expected` for
/// each rendered file, or `errors.expected` with the error lines people see ({dir} stands for
/// the template folder).
/// </summary>
public sealed class GoldenTemplateTests : IDisposable
{
    private const string ExpectedExtension = ".expected";
    private const string ErrorsFile = "errors" + ExpectedExtension;
    private readonly ScratchTemplate _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Theory]
    [InlineData("literals")]
    [InlineData("unclosed-block")]
    [InlineData("unknown-function")]
    [InlineData("cascade")]
    public void Render_GoldenCase_GivesTheExpectedText(string name)
    {
        var golden = GoldenFolder(name);
        var inputs = Directory.GetFiles(golden)
            .Where(f => !f.EndsWith(ExpectedExtension, StringComparison.Ordinal));
        foreach (var input in inputs)
        {
            _scratch.With(Path.GetFileName(input), File.ReadAllText(input));
        }

        var errors = Path.Combine(golden, ErrorsFile);
        if (File.Exists(errors))
        {
            var error = Should.Throw<TemplateException>(
                () => RenderSamples.Render(_scratch.Info(), RenderSamples.Adam));
            var lines = error.Lines.Select(l => l.Replace(_scratch.Directory, "{dir}"));
            string.Join("\n", lines).ShouldBe(File.ReadAllText(errors).TrimEnd('\n'));
            return;
        }

        foreach (var file in RenderSamples.Render(_scratch.Info(), RenderSamples.Adam))
        {
            var expected = Path.Combine(golden, file.RelativePath + ExpectedExtension);
            file.Text.ShouldBe(File.ReadAllText(expected), $"{name}/{file.RelativePath}");
        }
    }

    private static string GoldenFolder(string name)
    {
        const string relative = "tests/DotnetTune.Core.Tests/Templates/Golden";
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !Directory.Exists(Path.Combine(folder.FullName, relative)))
        {
            folder = folder.Parent;
        }

        var root = folder.ShouldNotBeNull($"{relative} not found above the tests").FullName;
        return Path.Combine(root, relative, name);
    }
}
