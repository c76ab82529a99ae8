using DotnetTune.Space;

namespace DotnetTune.Bench.Strategies.Objectives;

/// <summary>Rosenbrock on [-5, 10]^d; minimum 0 at (1, ..., 1).</summary>
internal static class Rosenbrock
{
    public static Objective Create(int dimensions)
    {
        var names = Enumerable.Range(1, dimensions).Select(i => $"x{i}").ToArray();
        var space = new SearchSpace(names.Select(n => new FloatParameter(n, -5, 10)));
        double Evaluate(Configuration configuration)
        {
            var x = names.Select(n => Objective.Number(configuration, n)).ToArray();
            var sum = 0.0;
            for (var i = 0; i + 1 < x.Length; i++)
            {
                sum += 100 * Math.Pow(x[i + 1] - x[i] * x[i], 2) + Math.Pow(1 - x[i], 2);
            }

            return sum;
        }

        return new Objective($"Rosenbrock{dimensions}", space, Evaluate, 0);
    }
}
