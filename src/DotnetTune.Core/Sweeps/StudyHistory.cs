using DotnetTune.Manifest;
using DotnetTune.Store;
using DotnetTune.Strategies;

namespace DotnetTune.Sweeps;

/// <summary>
/// Turns stored trials into what strategies see: one observation per configuration, its loss
/// the mean over the seeds that completed, pending while any seed is still to run.
/// </summary>
public static class StudyHistory
{
    public static IReadOnlyList<Observation> Observations(IEnumerable<TrialRecord> trials, ObjectiveSettings objective)
    {
        var observations = new List<Observation>();
        foreach (var group in trials.GroupBy(t => t.Number).OrderBy(g => g.Key))
        {
            var runs = group.ToList();
            var configuration = runs[0].Configuration;
            if (runs.Any(t => !t.Status.IsFinal()))
            {
                observations.Add(new Observation(group.Key, configuration, ObservationState.Pending, null));
                continue;
            }

            var values = runs.Where(t => t.Status == TrialStatus.Completed && t.Value is { } v && double.IsFinite(v))
                .Select(t => t.Value!.Value)
                .ToList();
            if (values.Count > 0)
            {
                var loss = objective.ToLoss(values.Average());
                observations.Add(new Observation(group.Key, configuration, ObservationState.Completed, loss));
            }
            else
            {
                var pruned = runs.All(t => t.Status == TrialStatus.Pruned);
                var state = pruned ? ObservationState.Pruned : ObservationState.Failed;
                observations.Add(new Observation(group.Key, configuration, state, null));
            }
        }

        return observations;
    }
}
