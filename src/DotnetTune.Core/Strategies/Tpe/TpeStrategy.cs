using DotnetTune.Space;

namespace DotnetTune.Strategies.Tpe;

/// <summary>
/// Tree-structured Parzen estimator. After the startup trials, the completed trials are split
/// into good (the best ones) and bad (the rest, with failed, pruned and pending trials); each
/// parameter is drawn from the good density l(x) where l(x)/g(x) is largest among a few
/// candidates. Numbers are modelled in [0, 1] of their own scale, integers and steps by the mass
/// of their grid bin, categories by smoothed weights. A conditional parameter's densities see
/// only the trials in which it was active. The multivariate option draws all unconditional
/// parameters jointly from product kernels, then the conditional ones one by one.
/// </summary>
public sealed class TpeStrategy(TpeOptions options) : ISearchStrategy
{
    public TpeOptions Options => options;

    public Configuration? Suggest(SuggestContext context)
    {
        var completed = context.History.Count(o => o.HasUsableLoss());
        if (completed < Math.Max(1, options.StartupTrials))
        {
            return context.Space.Sample(context.RandomFor("tpe-startup"));
        }

        var split = TpeSplit.From(context.History, options);
        var random = context.RandomFor("tpe");
        var joint = options.Multivariate
            ? ProposeJointly(context.Space, split, random)
            : new Dictionary<string, ParameterValue>(StringComparer.Ordinal);
        return context.Space.Build((parameter, _) => parameter switch
        {
            FixedParameter fixedParameter => fixedParameter.Value,
            _ when joint.TryGetValue(parameter.Name, out var value) => value,
            _ => ProposeAlone(parameter, split, random),
        });
    }

    private ParameterValue ProposeAlone(Parameter parameter, TpeSplit split, Random random)
    {
        if (TpeAxis.For(parameter) is not { } axis)
        {
            return parameter.Sample(random);
        }

        var densities = TpeDensities.Build([axis], split, options, BandwidthRule.Univariate);
        return axis.Decode(densities.Propose(random, options.Candidates)[0]);
    }

    private Dictionary<string, ParameterValue> ProposeJointly(
        SearchSpace space, TpeSplit split, Random random)
    {
        var axes = space.Parameters
            .Where(p => p.Condition is null)
            .Select(TpeAxis.For)
            .OfType<TpeAxis>()
            .ToList();
        var proposal = new Dictionary<string, ParameterValue>(StringComparer.Ordinal);
        if (axes.Count == 0)
        {
            return proposal;
        }

        var rule = BandwidthRule.Joint(axes.Count, split.Good.Count + split.Bad.Count);
        var densities = TpeDensities.Build(axes, split, options, rule);
        var point = densities.Propose(random, options.Candidates);
        for (var d = 0; d < axes.Count; d++)
        {
            proposal[axes[d].Parameter.Name] = axes[d].Decode(point[d]);
        }

        return proposal;
    }
}
