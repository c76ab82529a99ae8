using DotnetTune.Space;

namespace DotnetTune.Manifest.Parameters;

/// <summary>
/// Checks the step of a float range. Steps count from low in decimal, so 0.8..1.0 step 0.1 gives
/// 0.8, 0.9 and 1.0; high is included when it is on the step, otherwise a warning says so.
/// </summary>
internal static class FloatStep
{
    public static bool Check(TableReader spec, double low, double high, double step, bool log)
    {
        var entry = spec.Entry("step")!;
        var at = entry.Value.Location;
        var bag = spec.Diagnostics;
        if (step <= 0)
        {
            bag.Error(at, spec.Path, $"step must be greater than 0, got {RangeReader.Show(step)}");
            return false;
        }

        if (log)
        {
            bag.Error(at, spec.Path, "a float cannot have both a step and scale = \"log\": " +
                                     "list log-spaced values with type = \"choice\", values = [...]");
            return false;
        }

        if (low >= high)
        {
            return false;
        }

        if (step > high - low)
        {
            bag.Error(at, spec.Path, $"step {RangeReader.Show(step)} is larger than the range " +
                                     $"[{RangeReader.Show(low)}, {RangeReader.Show(high)}]");
            return false;
        }

        return CheckCount(spec, low, high, step);
    }

    private static bool CheckCount(TableReader spec, double low, double high, double step)
    {
        var at = spec.Entry("step")!.Value.Location;
        decimal decimalLow, decimalHigh, decimalStep;
        try
        {
            (decimalLow, decimalHigh, decimalStep) = ((decimal)low, (decimal)high, (decimal)step);
        }
        catch (OverflowException)
        {
            spec.Diagnostics.Error(at, spec.Path, "a stepped range needs bounds within ±7.9e28");
            return false;
        }

        var count = decimalStep == 0
            ? decimal.MaxValue
            : decimal.Floor((decimalHigh - decimalLow) / decimalStep) + 1;
        if (count > RangeReader.MaxStepValues)
        {
            spec.Diagnostics.Error(at, spec.Path,
                $"step {RangeReader.Show(step)} gives more than " +
                $"{NumberText.Grouped(RangeReader.MaxStepValues)} values: " +
                "use a larger step, or no step for a continuous range");
            return false;
        }

        var last = decimalLow + (count - 1) * decimalStep;
        if (last != decimalHigh)
        {
            spec.Diagnostics.Warning(spec.Entry("high")!.Value.Location, spec.Path,
                $"high {RangeReader.Show(high)} is not on the step from {RangeReader.Show(low)} " +
                $"(step {RangeReader.Show(step)}) and is never tried; the last value is " +
                ParameterValue.FormatFloat((double)last));
        }

        return true;
    }
}
