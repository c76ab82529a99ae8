using Tomlyn.Syntax;

namespace DotnetTune.Manifest.Toml;

/// <summary>A 1-based line and column in the manifest text.</summary>
internal readonly record struct SourcePoint(int Line, int Column)
{
    public static SourcePoint FileStart { get; } = new(1, 1);

    /// <summary>The start of a syntax node; Tomlyn counts from 0, people from 1.</summary>
    public static SourcePoint Of(SyntaxNodeBase node) =>
        new(Math.Max(node.Span.Start.Line, 0) + 1, Math.Max(node.Span.Start.Column, 0) + 1);

    public static SourcePoint Of(SourceSpan span) =>
        new(Math.Max(span.Start.Line, 0) + 1, Math.Max(span.Start.Column, 0) + 1);

    public override string ToString() => $"line {Line}, column {Column}";
}
