using DotnetTune.Manifest;
using DotnetTune.Space;
using DotnetTune.Store;

namespace DotnetTune.Reporting;

/// <summary>
/// One configuration's result over its seeds: the mean and standard deviation of the objective
/// over the seeds that completed with a finite value. NaN and infinite values never count.
/// </summary>
public sealed record ConfigurationResult(int Number, Configuration Configuration, IReadOnlyList<TrialRecord> Trials)
{
    public IReadOnlyList<double> Values { get; } = Trials
        .Where(t => t.Status == TrialStatus.Completed && t.Value is { } v && double.IsFinite(v))
        .Select(t => t.Value!.Value)
        .ToList();

    public TrialRecord First => Trials[0];

    public bool HasValue => Values.Count > 0;

    public double Mean => Values.Average();

    /// <summary>Sample standard deviation over seeds; 0 with one seed.</summary>
    public double StandardDeviation
    {
        get
        {
            if (Values.Count < 2)
            {
                return 0;
            }

            var mean = Mean;
            return Math.Sqrt(Values.Sum(v => (v - mean) * (v - mean)) / (Values.Count - 1));
        }
    }
}

/// <summary>Groups trials by configuration and ranks them by the objective.</summary>
public static class Ranking
{
    public static IReadOnlyList<ConfigurationResult> Group(IEnumerable<TrialRecord> trials) =>
        trials.GroupBy(t => t.Number)
            .OrderBy(g => g.Key)
            .Select(g => new ConfigurationResult(g.Key, g.First().Configuration, g.OrderBy(t => t.Repeat).ToList()))
            .ToList();

    /// <summary>Configurations with a finite value, best first; ties keep the earlier one first.</summary>
    public static IReadOnlyList<ConfigurationResult> Rank(
        IEnumerable<TrialRecord> trials, ObjectiveSettings objective) =>
        Group(trials)
            .Where(c => c.HasValue)
            .OrderBy(c => objective.ToLoss(c.Mean))
            .ThenBy(c => c.Number)
            .ToList();
}
