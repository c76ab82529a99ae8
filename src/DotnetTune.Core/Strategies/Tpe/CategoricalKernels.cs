namespace DotnetTune.Strategies.Tpe;

/// <summary>
/// One kernel per observed choice, each putting most of its weight on that choice and a
/// smoothing share on every choice, plus a uniform prior kernel.
/// </summary>
internal sealed class CategoricalKernels : IKernelAxis
{
    private readonly double[][] _probabilities;
    private readonly double[][] _logProbabilities;

    private CategoricalKernels(double[][] probabilities)
    {
        _probabilities = probabilities;
        _logProbabilities = probabilities
            .Select(row => row.Select(p => Math.Log(p)).ToArray())
            .ToArray();
    }

    public static CategoricalKernels Build(
        int choiceCount, IReadOnlyList<double> observations, double priorWeight)
    {
        var kernels = observations.Count + 1;
        var rows = new double[kernels][];
        for (var k = 0; k < observations.Count; k++)
        {
            var row = Enumerable.Repeat(priorWeight / kernels, choiceCount).ToArray();
            row[(int)observations[k]] += 1;
            var total = row.Sum();
            rows[k] = row.Select(p => p / total).ToArray();
        }

        rows[observations.Count] = Enumerable.Repeat(1.0 / choiceCount, choiceCount).ToArray();
        return new CategoricalKernels(rows);
    }

    public double Sample(int kernel, Random random)
    {
        var row = _probabilities[kernel];
        var target = random.NextDouble();
        for (var choice = 0; choice < row.Length - 1; choice++)
        {
            target -= row[choice];
            if (target < 0)
            {
                return choice;
            }
        }

        return row.Length - 1;
    }

    public void AddLogLikelihoods(double value, double[] sums)
    {
        var choice = (int)value;
        for (var k = 0; k < sums.Length; k++)
        {
            sums[k] += _logProbabilities[k][choice];
        }
    }
}
