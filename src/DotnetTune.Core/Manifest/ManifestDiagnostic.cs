namespace DotnetTune.Manifest;

public enum DiagnosticSeverity
{
    Error,
    Warning,
}

/// <summary>
/// One problem in a manifest, located by 1-based line and column, and the dotted key path it is
/// about. Prints as `Tune.toml(12,5): error: parameters.lr: log scale needs low > 0, got 0`.
/// </summary>
public sealed record ManifestDiagnostic(
    DiagnosticSeverity Severity,
    string File,
    int Line,
    int Column,
    string KeyPath,
    string Message)
{
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var key = string.IsNullOrEmpty(KeyPath) ? "" : KeyPath + ": ";
        return $"{File}({Line},{Column}): {severity}: {key}{Message}";
    }
}

/// <summary>What parsing a manifest gives: the manifest when there were no errors, and every diagnostic.</summary>
public sealed record ManifestResult(
    TuneManifest? Manifest, IReadOnlyList<ManifestDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
