using DotnetTune.Space;

namespace DotnetTune.Manifest.Parameters;

/// <summary>
/// Binds each `when` to its parent: the parent must exist and not be the parameter itself, its
/// values must be values the parent can take, comparisons need a numeric parent, the condition
/// must be satisfiable, and conditions must not form a cycle.
/// </summary>
internal static class ConditionRules
{
    /// <param name="declared">Every name in [parameters], readable or not, so a parent that
    /// failed to read is not reported a second time as unknown.</param>
    public static List<ParameterDraft> Bind(
        IReadOnlyList<ParameterDraft> drafts, IReadOnlySet<string> declared, DiagnosticBag bag)
    {
        var byName = drafts.ToDictionary(d => d.Name, StringComparer.Ordinal);
        var bound = new List<ParameterDraft>();
        foreach (var draft in drafts)
        {
            if (draft.Condition is not { } written)
            {
                bound.Add(draft);
                continue;
            }

            if (BindOne(draft, written, byName, declared, bag) is { } condition)
            {
                bound.Add(draft with { Parameter = draft.Parameter with { Condition = condition } });
            }
        }

        ConditionCycles.Report(bound, bag);
        return bound;
    }

    private static Condition? BindOne(ParameterDraft draft, ConditionDraft written,
        Dictionary<string, ParameterDraft> byName, IReadOnlySet<string> declared, DiagnosticBag bag)
    {
        if (written.Parent == draft.Name)
        {
            bag.Error(written.ParentLocation, written.KeyPath, $"{draft.Name} cannot depend on itself");
            return null;
        }

        if (!byName.TryGetValue(written.Parent, out var parent))
        {
            if (!declared.Contains(written.Parent))
            {
                var others = byName.Keys.Where(n => n != draft.Name);
                var near = KeySuggester.DidYouMean(written.Parent, others);
                bag.Error(written.ParentLocation, written.KeyPath,
                    $"unknown parent '{written.Parent}': it is not a parameter{near}");
            }

            return null;
        }

        return written.IsComparison
            ? BindComparison(written, parent.Parameter, bag)
            : BindMembership(written, parent.Parameter, bag);
    }

    private static Condition? BindComparison(
        ConditionDraft written, Parameter parent, DiagnosticBag bag)
    {
        if (ValueFit.NumericRange(parent) is not { } range)
        {
            var kind = ValueFit.KindText(parent);
            bag.Error(written.ValueLocation, written.KeyPath,
                $"'{written.OperatorText}' needs a numeric parent, but {parent.Name} is {kind}");
            return null;
        }

        var (min, max) = range;
        var bound = written.Values[0].AsDouble();
        var possible = written.Operator switch
        {
            ConditionOperator.GreaterThan => max > bound,
            ConditionOperator.GreaterOrEqual => max >= bound,
            ConditionOperator.LessThan => min < bound,
            _ => min <= bound,
        };
        if (!possible)
        {
            var upward = written.Operator is
                ConditionOperator.GreaterThan or ConditionOperator.GreaterOrEqual;
            var side = upward
                ? $"at most {RangeReader.Show(max)}"
                : $"at least {RangeReader.Show(min)}";
            bag.Error(written.ValueLocation, written.KeyPath,
                $"the condition is never true: {parent.Name} is {side}");
            return null;
        }

        return new Condition(written.Parent, written.Operator, written.Values);
    }

    private static Condition? BindMembership(
        ConditionDraft written, Parameter parent, DiagnosticBag bag)
    {
        var values = new List<ParameterValue>();
        foreach (var value in written.Values)
        {
            var (fitted, problem) = ValueFit.Fit(parent, value);
            if (fitted is null)
            {
                bag.Error(written.ValueLocation, written.KeyPath,
                    $"{parent.Name} never has the value {value.ToLiteral()}: {problem}");
                return null;
            }

            values.Add(fitted.Value);
        }

        var condition = new Condition(written.Parent, written.Operator, values);
        if (written.Operator == ConditionOperator.NotIn && ExcludesEverything(parent, condition))
        {
            bag.Error(written.ValueLocation, written.KeyPath,
                $"the condition is never true: it excludes every value of {parent.Name}");
            return null;
        }

        return condition;
    }

    private static bool ExcludesEverything(Parameter parent, Condition condition) =>
        parent.GridCount is { } count && count <= 10_000 &&
        parent.GridValues().All(v => !condition.IsSatisfiedBy(v));
}
