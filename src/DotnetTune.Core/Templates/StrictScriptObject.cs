using DotnetTune.Manifest;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DotnetTune.Templates;

/// <summary>
/// An object of the render model that a template cannot misread: asking it for a member it does
/// not have (`template.nmae`, `values["learning_rat"]`) is an error at that place in the
/// template, naming the member and the nearest one it has, instead of an empty value.
/// </summary>
/// <param name="label">What the object is called in messages, e.g. `tune`.</param>
/// <param name="explain">A message for a missing member, when this object knows better than
/// "has no member"; null falls back to that.</param>
internal sealed class StrictScriptObject(string label, Func<string, string?>? explain = null)
    : ScriptObject
{
    public string Label { get; } = label;

    public override bool TryGetValue(
        TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context!, span, member, out value))
        {
            return true;
        }

        // C# callers (the IDictionary view) pass no place, and a `with` block makes this object
        // the scope through which every other variable is looked up: both get a plain "no".
        if (context is null || span.IsEmpty || ReferenceEquals(context.CurrentGlobal, this))
        {
            return false;
        }

        throw new ScriptRuntimeException(span, explain?.Invoke(member) ?? NoMember(member));
    }

    private string NoMember(string member)
    {
        var members = GetMembers().Order(StringComparer.Ordinal).ToList();
        var hint = KeySuggester.Nearest(member, members) is { } near
            ? $"; did you mean '{near}'?"
            : $"; it has {string.Join(", ", members)}";
        return $"{Label} has no member '{member}'{hint}";
    }
}
