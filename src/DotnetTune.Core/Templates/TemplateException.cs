using DotnetTune.Manifest;

namespace DotnetTune.Templates;

/// <summary>
/// A template that cannot be used as it is. <see cref="Diagnostics"/> holds every problem found,
/// each as `file(line,col): error: message`; the message shows the first few of them.
/// </summary>
public sealed class TemplateException(IReadOnlyList<ManifestDiagnostic> diagnostics)
    : Exception(TemplateDiagnostics.Summary(diagnostics))
{
    public TemplateException(ManifestDiagnostic diagnostic)
        : this([diagnostic])
    {
    }

    public IReadOnlyList<ManifestDiagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>
    /// The lines to show people: the first <see cref="TemplateDiagnostics.Shown"/>, then a count.
    /// </summary>
    public IReadOnlyList<string> Lines => TemplateDiagnostics.Lines(Diagnostics);
}
