using DotnetTune.Space;

namespace DotnetTune.Bench.Strategies.Objectives;

/// <summary>A synthetic function to minimise over a search space, with its known minimum.</summary>
internal sealed record Objective(
    string Name, SearchSpace Space, Func<Configuration, double> Evaluate, double Optimum)
{
    public static IReadOnlyList<Objective> All { get; } =
        [Branin.Create(), Hartmann6.Create(), Rosenbrock.Create(4), MixedObjective.Create()];

    public static double Number(Configuration configuration, string name) =>
        configuration[name].AsDouble();
}
