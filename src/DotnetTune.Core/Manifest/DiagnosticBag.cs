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

    /// <summary>Everything collected, in the order of the file (stable for equal places).</summary>
    public IReadOnlyList<ManifestDiagnostic> InFileOrder() =>
        _items.OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();

    private void Add(DiagnosticSeverity severity, SourcePoint at, string keyPath, string message)
    {
        var diagnostic = new ManifestDiagnostic(severity, File, at.Line, at.Column, keyPath, message);
        if (!_items.Contains(diagnostic))
        {
            _items.Add(diagnostic);
        }
    }
}
