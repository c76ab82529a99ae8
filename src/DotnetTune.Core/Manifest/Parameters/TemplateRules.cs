using DotnetTune.Space;
using DotnetTune.Templates;

namespace DotnetTune.Manifest.Parameters;

/// <summary>
/// Checks the parameters against the ones the template declares: each must be declared (seed and
/// epochs aside), its values must fit the declared kind, and a declared choices list limits them.
/// Integers given for a float parameter become floats.
/// </summary>
internal static class TemplateRules
{
    public static List<ParameterDraft> Apply(
        List<ParameterDraft> drafts, TemplateInfo? template, DiagnosticBag bag)
    {
        if (template is null || template.Parameters.Count == 0)
        {
            return drafts;
        }

        var checkedDrafts = new List<ParameterDraft>();
        foreach (var draft in drafts)
        {
            if (OverrideRules.Overrides.Contains(draft.Name))
            {
                checkedDrafts.Add(draft);
                continue;
            }

            if (!template.Parameters.TryGetValue(draft.Name, out var declared))
            {
                bag.Error(draft.Location, draft.KeyPath, Undeclared(draft.Name, template));
                continue;
            }

            if (CheckKind(draft, declared, bag) && CheckChoices(draft, declared, bag))
            {
                checkedDrafts.Add(declared.Kind == ValueKind.Float ? ToFloats(draft) : draft);
            }
        }

        return checkedDrafts;
    }

    private static string Undeclared(string name, TemplateInfo template)
    {
        var names = template.Parameters.Keys.Order(StringComparer.Ordinal).ToList();
        var near = KeySuggester.Nearest(name, names);
        var hint = near is null ? $"; it has {string.Join(", ", names)}" : $"; did you mean '{near}'?";
        return $"the template '{template.Name}' has no parameter '{name}'{hint}";
    }

    private static bool CheckKind(ParameterDraft draft, TemplateParameter declared, DiagnosticBag bag)
    {
        var kind = ValueFit.KindName(declared.Kind);
        var reads = $"the template reads {draft.Name} as {Article(kind)} {kind}";
        switch (draft.Parameter)
        {
            case FloatParameter when declared.Kind == ValueKind.Int:
                bag.Error(draft.TypeLocation, draft.KeyPath, $"{reads}: use type = \"int\"");
                return false;
            case FloatParameter or IntParameter when declared.Kind is not (ValueKind.Float or ValueKind.Int):
                bag.Error(draft.TypeLocation, draft.KeyPath, $"{reads}: a numeric range does not fit");
                return false;
        }

        var valid = true;
        foreach (var value in draft.Values.Where(v => !Fits(declared.Kind, v.Value.Kind)))
        {
            bag.Error(value.Location, draft.KeyPath, $"{reads}, got {value.Value.ToLiteral()}");
            valid = false;
        }

        return valid;
    }

    private static bool CheckChoices(
        ParameterDraft draft, TemplateParameter declared, DiagnosticBag bag)
    {
        if (declared.Choices is not { Count: > 0 } allowed)
        {
            return true;
        }

        var only = $"the template accepts only {ValueFit.List(allowed)} for {draft.Name}";
        if (draft.Parameter is FloatParameter or IntParameter)
        {
            bag.Error(draft.TypeLocation, draft.KeyPath,
                $"{only}: use type = \"choice\" with some of them");
            return false;
        }

        var valid = true;
        var outside = draft.Values.Where(v => !allowed.Any(a => Condition.ValuesEqual(a, v.Value)));
        foreach (var value in outside)
        {
            bag.Error(value.Location, draft.KeyPath, $"{only}, got {value.Value.ToLiteral()}");
            valid = false;
        }

        return valid;
    }

    private static bool Fits(ValueKind declared, ValueKind given) =>
        declared == given || (declared == ValueKind.Float && given == ValueKind.Int);

    private static ParameterDraft ToFloats(ParameterDraft draft)
    {
        static ParameterValue Float(ParameterValue v) =>
            v.Kind == ValueKind.Int ? ParameterValue.Of(v.AsDouble()) : v;

        Parameter parameter = draft.Parameter switch
        {
            CategoricalParameter choice =>
                choice with { Choices = choice.Choices.Select(Float).ToList() },
            FixedParameter fixedValue => fixedValue with { Value = Float(fixedValue.Value) },
            _ => draft.Parameter,
        };
        return draft with { Parameter = parameter };
    }

    private static string Article(string word) => "aeiou".Contains(word[0]) ? "an" : "a";
}
