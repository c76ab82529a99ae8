using DotnetTune.Manifest.Toml;

namespace DotnetTune.Manifest;

/// <summary>Collects every problem of one manifest, each with its place and key path.</summary>
internal sealed class DiagnosticBag(string file)
{
    private readonly List<ManifestDiagnostic> _items = [];

    public string File { get; } = file;

    public bool HasErrors => _items.Any(d => d.Severity == DiagnosticSeverity.Error);

    public int ErrorCount => _items.Count(d => d.Severity == DiagnosticSeverity.Error);

    public void Error(SourcePoint at, string keyPath, string message) =>
        Add(DiagnosticSeverity.Error, at, keyPath, message);

    public void Warning(SourcePoint at, string keyPath, string message) =>
        Add(DiagnosticSeverity.Warning, at, keyPath, message);

    /// <summary>Adds problems found in another file the manifest depends on (a template's files).</summary>
    public void Forward(IEnumerable<ManifestDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics.Where(d => !_items.Contains(d)))
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>
    /// Everything collected: the manifest's own problems in the order of the file (stable for
    /// equal places), then those of other files in the order they came.
    /// </summary>
    public IReadOnlyList<ManifestDiagnostic> InFileOrder() =>
        _items.Where(d => d.File == File).OrderBy(d => d.Line).ThenBy(d => d.Column)
            .Concat(_items.Where(d => d.File != File))
            .ToList();

    private void Add(DiagnosticSeverity severity, SourcePoint at, string keyPath, string message)
    {
        var diagnostic = new ManifestDiagnostic(severity, File, at.Line, at.Column, keyPath, message);
        if (!_items.Contains(diagnostic))
        {
            _items.Add(diagnostic);
        }
    }
}
