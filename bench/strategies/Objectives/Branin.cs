using DotnetTune.Space;

namespace DotnetTune.Bench.Strategies.Objectives;

/// <summary>Branin on x1 in [-5, 10], x2 in [0, 15]; three global minima of 0.397887.</summary>
internal static class Branin
{
    public static Objective Create()
    {
        var space = new SearchSpace(
            [new FloatParameter("x1", -5, 10), new FloatParameter("x2", 0, 15)]);
        return new Objective("Branin", space, Evaluate, 0.39788735772973816);
    }

    private static double Evaluate(Configuration configuration)
    {
        var x1 = Objective.Number(configuration, "x1");
        var x2 = Objective.Number(configuration, "x2");
        var b = 5.1 / (4 * Math.PI * Math.PI);
        var c = 5 / Math.PI;
        var t = 1 / (8 * Math.PI);
        var inner = x2 - b * x1 * x1 + c * x1 - 6;
        return inner * inner + 10 * (1 - t) * Math.Cos(x1) + 10;
    }
}
