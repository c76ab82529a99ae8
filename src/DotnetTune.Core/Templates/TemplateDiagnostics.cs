using System.Text.RegularExpressions;
using DotnetTune.Manifest;
using Scriban.Parsing;

namespace DotnetTune.Templates;

/// <summary>
/// Puts every template problem in one form, `file(line,col): error: message` with 1-based line
/// and column, keeps one problem per place and shows only the start of a cascade.
/// </summary>
public static partial class TemplateDiagnostics
{
    /// <summary>How many problems people see before "… and N more".</summary>
    public const int Shown = 5;

    public static ManifestDiagnostic Error(string file, int line, int column, string message) =>
        new(DiagnosticSeverity.Error, file, line, column, "", message);

    /// <summary>A Scriban problem; Scriban counts lines and columns from 0.</summary>
    public static ManifestDiagnostic FromScriban(string file, SourceSpan span, string message)
    {
        var line = Math.Max(span.Start.Line, 0) + 1;
        var column = Math.Max(span.Start.Column, 0) + 1;
        return Error(file, line, column, Clean(message));
    }

    /// <summary>The first problem at each place, in the order given.</summary>
    public static IReadOnlyList<ManifestDiagnostic> OnePerPlace(
        IEnumerable<ManifestDiagnostic> diagnostics) =>
        diagnostics.DistinctBy(d => (d.File, d.Line, d.Column)).ToList();

    public static IReadOnlyList<string> Lines(IReadOnlyList<ManifestDiagnostic> diagnostics)
    {
        var lines = diagnostics.Take(Shown).Select(d => d.ToString()).ToList();
        if (diagnostics.Count > Shown)
        {
            lines.Add($"… and {diagnostics.Count - Shown} more");
        }

        return lines;
    }

    public static string Summary(IReadOnlyList<ManifestDiagnostic> diagnostics) =>
        string.Join(Environment.NewLine, Lines(diagnostics));

    // Scriban sometimes puts its own "file(line,col) : error : " in front of a message.
    private static string Clean(string message)
    {
        var text = message.Trim();
        while (ScribanPrefix().Match(text) is { Success: true } prefix)
        {
            text = text[prefix.Length..];
        }

        return text.Length == 0 ? "unknown template error" : text;
    }

    [GeneratedRegex(@"^[^\r\n]*?\(\d+(:\d+)?,\d+\)(-\(\d+(:\d+)?,\d+\))?\s*:\s*error\s*:\s*")]
    private static partial Regex ScribanPrefix();
}
