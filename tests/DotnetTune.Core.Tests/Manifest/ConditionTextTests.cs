using DotnetTune.Manifest.Parameters;
using DotnetTune.Space;

namespace DotnetTune.Core.Tests.Manifest;

public sealed class ConditionTextTests
{
    [Theory]
    [InlineData("layers >= 3", "layers", ConditionOperator.GreaterOrEqual, "3")]
    [InlineData("lr<0.01", "lr", ConditionOperator.LessThan, "0.01")]
    [InlineData("x > -1e-3", "x", ConditionOperator.GreaterThan, "-0.001")]
    [InlineData("units <= 64", "units", ConditionOperator.LessOrEqual, "64")]
    [InlineData("optimizer == 'sgd'", "optimizer", ConditionOperator.In, "sgd")]
    [InlineData("optimizer == sgd", "optimizer", ConditionOperator.In, "sgd")]
    [InlineData("use_bias == true", "use_bias", ConditionOperator.In, "true")]
    [InlineData("optimizer != \"adam\"", "optimizer", ConditionOperator.NotIn, "adam")]
    [InlineData("optimizer in ['sgd', 'rmsprop']", "optimizer", ConditionOperator.In, "sgd,rmsprop")]
    [InlineData("  batch   not   in [32,64]  ", "batch", ConditionOperator.NotIn, "32,64")]
    public void Parse_WellFormedCondition_GivesParentOperatorAndValues(
        string text, string parent, ConditionOperator op, string values)
    {
        var parsed = ConditionText.Parse(text);

        parsed.Error.ShouldBeNull();
        parsed.Parent.ShouldBe(parent);
        parsed.Operator.ShouldBe(op);
        string.Join(",", parsed.Values!.Select(v => v.ToString())).ShouldBe(values);
    }

    [Fact]
    public void Parse_QuotedAndBareValues_KeepTheirKinds()
    {
        var values = ConditionText.Parse("p in [1, 2.5, 'a', b, false]").Values!;

        values.Select(v => v.Kind).ShouldBe(
            [ValueKind.Int, ValueKind.Float, ValueKind.String, ValueKind.String, ValueKind.Bool]);
    }

    [Theory]
    [InlineData("", "must start with the parent")]
    [InlineData("3 > layers", "must start with the parent")]
    [InlineData("layers = 3", "expected an operator after 'layers'")]
    [InlineData("layers >= ", "missing value")]
    [InlineData("layers >= 'a'", "'>=' compares numbers")]
    [InlineData("optimizer == ['a', 'b']", "a list of values needs 'in' or 'not in'")]
    [InlineData("optimizer in []", "the list is empty")]
    [InlineData("optimizer in ['a' 'b']", "expected ',' or ']' in the list")]
    [InlineData("optimizer == 'sgd", "has no closing '")]
    [InlineData("layers >= 3 and more", "unexpected text after the value: 'and more'")]
    [InlineData("layers >= 1e999", "out of range")]
    public void Parse_MalformedCondition_SaysWhy(string text, string reason)
    {
        ConditionText.Parse(text).Error.ShouldNotBeNull().ShouldContain(reason);
    }
}
