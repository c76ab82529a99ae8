using DotnetTune.Space;

namespace DotnetTune.Bench.Strategies.Objectives;

/// <summary>
/// A training-like space: lr log-uniform in [1e-5, 1], layers in 1..4, opt in {sgd, adam,
/// rmsprop}, dropout in [0, 0.5]. Each optimiser has its own best learning rate, deeper nets
/// want a lower one and more dropout. Minimum 0.2 at adam, 3 layers, lr 1e-3, dropout 0.2.
/// </summary>
internal static class MixedObjective
{
    private static readonly Dictionary<string, double> Offset = new()
    {
        ["sgd"] = 0.10, ["adam"] = 0.0, ["rmsprop"] = 0.05,
    };

    private static readonly Dictionary<string, double> BestLogLr = new()
    {
        ["sgd"] = -1.0, ["adam"] = -2.5, ["rmsprop"] = -3.0,
    };

    private static readonly Dictionary<long, double> DepthPenalty = new()
    {
        [1] = 0.12, [2] = 0.03, [3] = 0.0, [4] = 0.02,
    };

    public static Objective Create()
    {
        var space = new SearchSpace(
        [
            new FloatParameter("lr", 1e-5, 1, Log: true),
            new IntParameter("layers", 1, 4),
            new CategoricalParameter("opt", Choices("sgd", "adam", "rmsprop")),
            new FloatParameter("dropout", 0, 0.5),
        ]);
        return new Objective("mixed", space, Evaluate, 0.2);
    }

    private static List<ParameterValue> Choices(params string[] names) =>
        names.Select(ParameterValue.Of).ToList();

    private static double Evaluate(Configuration configuration)
    {
        var lr = configuration["lr"].AsDouble();
        var layers = configuration["layers"].AsLong();
        var opt = configuration["opt"].AsString();
        var dropout = configuration["dropout"].AsDouble();
        var u = BestLogLr[opt] - 0.25 * (layers - 1);
        var lrTerm = Math.Pow(Math.Log10(lr) - u, 2);
        var dropoutTerm = Math.Pow(dropout - 0.1 * (layers - 1), 2);
        return 0.2 + Offset[opt] + DepthPenalty[layers] + 0.15 * lrTerm + 1.5 * dropoutTerm;
    }
}
