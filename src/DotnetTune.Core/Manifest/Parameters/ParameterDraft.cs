using DotnetTune.Manifest.Toml;
using DotnetTune.Space;

namespace DotnetTune.Manifest.Parameters;

/// <summary>A value written in the manifest, with its place, so later checks can point at it.</summary>
internal readonly record struct LocatedValue(ParameterValue Value, SourcePoint Location);

/// <summary>A condition as written (`when`), before its parent is checked.</summary>
/// <param name="ParentLocation">Where the parent's name is written.</param>
/// <param name="ValueLocation">Where the value (or list of values) is written.</param>
internal sealed record ConditionDraft(
    string Parent,
    ConditionOperator Operator,
    IReadOnlyList<ParameterValue> Values,
    SourcePoint ParentLocation,
    SourcePoint ValueLocation,
    string KeyPath)
{
    public bool IsComparison => Operator is not (ConditionOperator.In or ConditionOperator.NotIn);

    public string OperatorText => Operator switch
    {
        ConditionOperator.In when Values.Count == 1 => "==",
        ConditionOperator.In => "in",
        ConditionOperator.NotIn when Values.Count == 1 => "!=",
        ConditionOperator.NotIn => "not in",
        ConditionOperator.GreaterThan => ">",
        ConditionOperator.GreaterOrEqual => ">=",
        ConditionOperator.LessThan => "<",
        _ => "<=",
    };
}

/// <summary>
/// One parameter read from [parameters]: the bound record (without its condition yet), the
/// values written for it (choices, the fixed value, or low and high) and where things are.
/// </summary>
internal sealed record ParameterDraft(
    string Name,
    SourcePoint Location,
    string KeyPath,
    Parameter Parameter,
    IReadOnlyList<LocatedValue> Values,
    SourcePoint TypeLocation,
    ConditionDraft? Condition);
