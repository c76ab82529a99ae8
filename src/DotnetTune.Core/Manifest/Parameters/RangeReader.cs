using DotnetTune.Manifest.Toml;
using DotnetTune.Space;

namespace DotnetTune.Manifest.Parameters;

/// <summary>Reads float and int ranges: low, high, scale and step, and checks how they fit together.</summary>
internal static class RangeReader
{
    /// <summary>The most values a stepped float range may have.</summary>
    public const long MaxStepValues = 1_000_000_000;

    public static FloatParameter? ReadFloat(TableReader spec, string name, List<LocatedValue> values)
    {
        var low = spec.Number("low", required: true);
        var high = spec.Number("high", required: true);
        var log = ReadScale(spec);
        var step = spec.Number("step");
        if (low is not { } lo || high is not { } hi || log is null)
        {
            return null;
        }

        AddBounds(spec, values, ParameterValue.Of(lo), ParameterValue.Of(hi));
        var valid = CheckBounds(spec, lo, hi, log.Value);
        if (step is { } s)
        {
            valid &= FloatStep.Check(spec, lo, hi, s, log.Value);
        }

        return valid ? new FloatParameter(name, lo, hi, log.Value, step) : null;
    }

    public static IntParameter? ReadInt(TableReader spec, string name, List<LocatedValue> values)
    {
        var low = IntegerBound(spec, "low", required: true);
        var high = IntegerBound(spec, "high", required: true);
        var log = ReadScale(spec);
        var step = IntegerBound(spec, "step", required: false);
        var stepInvalid = spec.Entry("step") is not null && step is null;
        if (low is not { } lo || high is not { } hi || log is null || stepInvalid)
        {
            return null;
        }

        AddBounds(spec, values, ParameterValue.Of(lo), ParameterValue.Of(hi));
        var valid = CheckBounds(spec, lo, hi, log.Value);
        var s = step ?? 1;
        if (valid)
        {
            valid = IntStep.Check(spec, lo, hi, s);
        }

        return valid ? new IntParameter(name, lo, hi, log.Value, s) : null;
    }

    /// <summary>False for a log scale, true for linear (the default), null when invalid.</summary>
    private static bool? ReadScale(TableReader spec)
    {
        var scale = spec.Word("scale", ManifestKeys.Scales);
        return scale is null ? (spec.Entry("scale") is null ? false : null) : scale == "log";
    }

    private static long? IntegerBound(TableReader spec, string key, bool required)
    {
        var entry = spec.Entry(key);
        if (entry is null)
        {
            if (required)
            {
                spec.Missing(key);
            }

            return null;
        }

        if (entry.Value is TomlScalar { Value: long value })
        {
            return value;
        }

        spec.WrongType(entry, $"an integer {key} for an int parameter");
        return null;
    }

    private static void AddBounds(
        TableReader spec, List<LocatedValue> values, ParameterValue low, ParameterValue high)
    {
        values.Add(new LocatedValue(low, spec.Entry("low")!.Value.Location));
        values.Add(new LocatedValue(high, spec.Entry("high")!.Value.Location));
    }

    private static bool CheckBounds(TableReader spec, double low, double high, bool log)
    {
        var lowAt = spec.Entry("low")!.Value.Location;
        var valid = true;
        if (low >= high)
        {
            spec.Diagnostics.Error(lowAt, spec.Path,
                $"low must be less than high, got low = {Show(low)} and high = {Show(high)}");
            valid = false;
        }

        if (log && low <= 0)
        {
            spec.Diagnostics.Error(lowAt, spec.Path, $"log scale needs low > 0, got {Show(low)}");
            valid = false;
        }

        return valid;
    }

    internal static string Show(double value) => NumberText.Show(value);
}
