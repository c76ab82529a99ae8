using DotnetTune.Sweeps;

namespace DotnetTune.Bench.Overhead;

/// <summary>Prints both ways' per-trial overhead side by side, their medians and their ratio.</summary>
public static class OverheadTable
{
    public static void Print(
        TextWriter output, IReadOnlyList<TrialTimings> ours, IReadOnlyList<double> naive, int builds, int sources)
    {
        var overheads = ours.Select(t => t.OverheadSeconds ?? t.TotalSeconds).ToList();
        var ourMedian = Median(overheads);
        var naiveMedian = Median(naive);
        output.WriteLine();
        output.WriteLine("per-trial overhead outside the trial's own run, seconds");
        output.WriteLine($"  {"trial",-6} {"dotnet-tune",12} {"naive",10}");
        for (var i = 0; i < overheads.Count; i++)
        {
            var cached = ours[i].BuildCacheHit ? "cache hit" : "built";
            output.WriteLine($"  {i,-6} {overheads[i],12:F3} {naive[i],10:F3}   ({cached})");
        }

        output.WriteLine($"  {"median",-6} {ourMedian,12:F3} {naiveMedian,10:F3}");
        output.WriteLine();
        output.WriteLine($"builds run: {builds}, distinct rendered sources: {sources}, trials: {overheads.Count}");
        output.WriteLine($"ratio naive / dotnet-tune (median overhead): {naiveMedian / ourMedian:F1}x (target >= 10x)");
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
