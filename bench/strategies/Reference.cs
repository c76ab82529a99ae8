namespace DotnetTune.Bench.Strategies;

/// <summary>Optuna's median simple regret over 20 seeds at 25, 50 and 100 trials, as given.</summary>
internal static class Reference
{
    public static readonly int[] Checkpoints = [25, 50, 100];

    private static readonly Dictionary<(string Objective, string Sampler), double[]> Medians = new()
    {
        [("Branin", "random")] = [1.46, 0.75, 0.38],
        [("Branin", "TPE")] = [0.37, 0.11, 0.019],
        [("Branin", "GP")] = [0.033, 4e-5, 1.5e-5],
        [("Hartmann6", "random")] = [2.17, 1.55, 1.20],
        [("Hartmann6", "TPE")] = [0.92, 0.33, 0.094],
        [("Hartmann6", "GP")] = [0.63, 0.0082, 0.0007],
        [("Rosenbrock4", "random")] = [5109, 2796, 859],
        [("Rosenbrock4", "TPE")] = [620, 175, 24],
        [("Rosenbrock4", "GP")] = [539, 250, 19],
        [("mixed", "random")] = [0.066, 0.042, 0.024],
        [("mixed", "TPE")] = [0.036, 0.0067, 0.00024],
        [("mixed", "GP")] = [0.013, 3e-6, 1.2e-6],
    };

    /// <summary>Optuna's median for a sampler; both our TPE rows compare with Optuna's TPE.</summary>
    public static double? Median(string objective, string sampler, int checkpoint)
    {
        var key = (objective, sampler == "TPE-uni" ? "TPE" : sampler);
        var index = Array.IndexOf(Checkpoints, checkpoint);
        return Medians.TryGetValue(key, out var values) && index >= 0 ? values[index] : null;
    }
}
