using static System.FormattableString;

namespace DotnetTune.Manifest.Parameters;

/// <summary>
/// Checks the step of an int range. Values are low + k * step; high is included when it is on
/// the step, otherwise a warning names the last value (10..1000 step 50 ends at 960).
/// </summary>
internal static class IntStep
{
    public static bool Check(TableReader spec, long low, long high, long step)
    {
        var at = (spec.Entry("step") ?? spec.Entry("low")!).Value.Location;
        var span = (Int128)high - low;
        if (step <= 0)
        {
            spec.Diagnostics.Error(at, spec.Path,
                Invariant($"step must be greater than 0, got {step}"));
            return false;
        }

        if (step > span)
        {
            spec.Diagnostics.Error(at, spec.Path,
                Invariant($"step {step} is larger than the range [{low}, {high}]"));
            return false;
        }

        if (span / step + 1 > long.MaxValue)
        {
            spec.Diagnostics.Error(at, spec.Path,
                "the range has too many values to count: use a larger step");
            return false;
        }

        if (span % step != 0)
        {
            var last = (long)(low + span / step * step);
            spec.Diagnostics.Warning(spec.Entry("high")!.Value.Location, spec.Path,
                Invariant($"high {high} is not on the step from {low} (step {step}) and is never ") +
                Invariant($"reached; the last value is {last}"));
        }

        return true;
    }
}
