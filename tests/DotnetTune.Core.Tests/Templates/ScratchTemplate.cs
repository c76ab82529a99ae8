using DotnetTune.Templates;

namespace DotnetTune.Core.Tests.Templates;

/// <summary>A template folder under the temp directory, written by one test and removed after it.</summary>
public sealed class ScratchTemplate : IDisposable
{
    private readonly string _root =
        Path.Combine(Path.GetTempPath(), $"dotnet-tune-template-{Guid.NewGuid():N}");

    public ScratchTemplate(string name = "scratch")
    {
        Name = name;
        Directory = Path.Combine(_root, name);
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Name { get; }

    public string Directory { get; }

    public string PathOf(string relative) => Path.Combine(Directory, relative);

    public ScratchTemplate With(string relative, string text)
    {
        var path = PathOf(relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>The template as a study sees it, declaring the given parameters.</summary>
    public TemplateInfo Info(params TemplateParameter[] parameters) => new(
        Name,
        Directory,
        "a scratch template",
        parameters.ToDictionary(p => p.Name, StringComparer.Ordinal));

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_root))
        {
            System.IO.Directory.Delete(_root, recursive: true);
        }
    }
}
