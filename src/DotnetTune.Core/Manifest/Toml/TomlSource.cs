using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace DotnetTune.Manifest.Toml;

/// <summary>
/// Parses TOML text with Tomlyn's lossless parser. Syntax errors become located diagnostics and
/// stop there; otherwise the tree of located values is returned (duplicate keys reported).
/// </summary>
internal static class TomlSource
{
    public static TomlTable? Parse(string text, string sourceName, DiagnosticBag bag)
    {
        DocumentSyntax document;
        try
        {
            document = SyntaxParser.Parse(text, sourceName, validate: false);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            bag.Error(SourcePoint.FileStart, "", $"cannot read the file as TOML: {error.Message}");
            return null;
        }

        if (document.HasErrors)
        {
            Report(document.Diagnostics, bag);
            return null;
        }

        var errorsBefore = bag.ErrorCount;
        var root = new TomlTreeBuilder(bag).Build(document);
        if (bag.ErrorCount == errorsBefore)
        {
            ReportWhatTomlynAloneSees(text, sourceName, bag);
        }

        return root;
    }

    // The tree builder applies TOML's table rules itself so its messages name our key paths; this
    // asks Tomlyn's own validation as well, in case it knows a rule the builder does not.
    private static void ReportWhatTomlynAloneSees(string text, string sourceName, DiagnosticBag bag)
    {
        try
        {
            var validated = SyntaxParser.Parse(text, sourceName, validate: true);
            Report(validated.Diagnostics, bag);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            bag.Error(SourcePoint.FileStart, "", $"cannot read the file as TOML: {error.Message}");
        }
    }

    private static void Report(DiagnosticsBag diagnostics, DiagnosticBag bag)
    {
        foreach (var message in diagnostics)
        {
            var at = SourcePoint.Of(message.Span);
            if (message.Kind == DiagnosticMessageKind.Error)
            {
                bag.Error(at, "", $"TOML syntax: {message.Message}");
            }
            else
            {
                bag.Warning(at, "", $"TOML: {message.Message}");
            }
        }
    }
}
