using DotnetTune.Manifest;
using Scriban;
using Scriban.Parsing;

namespace DotnetTune.Templates;

/// <summary>
/// Parses one Scriban file and turns its errors into diagnostics. A `{{` left open makes
/// Scriban read the text after it as code and fail lines later with a cascade of errors, so
/// the `{{` that is still open where the first error is comes first; a `{{` never closed at
/// all, which Scriban accepts silently, is an error too.
/// </summary>
internal static class TemplateSyntax
{
    public static (Template Template, IReadOnlyList<ManifestDiagnostic> Problems) Parse(
        string text, string path)
    {
        var template = Template.Parse(text, path);
        var errors = template.Messages
            .Where(m => m.Type == ParserMessageType.Error)
            .Select(m => TemplateDiagnostics.FromScriban(path, m.Span, m.Message))
            .ToList();
        var stop = errors.Count > 0
            ? (errors[0].Line - 1, errors[0].Column - 1)
            : (int.MaxValue, 0);
        if (OpenBlockAt(text, path, stop) is { } open)
        {
            var message = errors.Count > 0
                ? $"this `{{{{` is still open at line {errors[0].Line}, where the first error " +
                  "is: is its `}}` missing?"
                : "this `{{` is never closed: add `}}`";
            errors.Insert(0, TemplateDiagnostics.FromScriban(path, open, message));
        }

        return (template, TemplateDiagnostics.OnePerPlace(errors));
    }

    /// <summary>The `{{` still open at <paramref name="stop"/> (0-based), opened on an earlier
    /// line.</summary>
    private static SourceSpan? OpenBlockAt(string text, string path, (int Line, int Column) stop)
    {
        Token? opened = null;
        foreach (var token in new Lexer(text, path))
        {
            if ((token.Start.Line, token.Start.Column).CompareTo(stop) >= 0)
            {
                break;
            }

            if (token.Type == TokenType.CodeEnter)
            {
                opened = token;
            }
            else if (token.Type == TokenType.CodeExit)
            {
                opened = null;
            }
        }

        return opened is { } block && block.Start.Line < stop.Line
            ? new SourceSpan(path, block.Start, block.End)
            : null;
    }
}
