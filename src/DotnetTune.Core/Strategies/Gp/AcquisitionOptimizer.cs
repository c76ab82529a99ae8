namespace DotnetTune.Strategies.Gp;

/// <summary>
/// Maximises log expected improvement: scores many quasi-random points, then refines the best
/// trial and a few promising points by local search (bounded BFGS on the continuous coordinates,
/// then a search over the grid points of each discrete coordinate and every other choice of each
/// category, repeated while that moves the point), and ranks them all.
/// </summary>
internal sealed class AcquisitionOptimizer(
    GaussianProcess model, GpEncoder encoder, double best, GpOptions options)
{
    private const int LocalRounds = 4;

    /// <summary>Grids up to this size are searched exhaustively in the discrete step.</summary>
    private const int ExhaustiveGrid = 16;
    private const double Improvement = 1e-12;

    public List<ScoredPoint> Rank(Random random, IReadOnlyList<double[]> warmStarts)
    {
        var candidates = Candidates(random);
        var (means, variances) = model.PredictMany(candidates);
        var scored = candidates
            .Select((point, i) => new ScoredPoint(
                point, LogExpectedImprovement.Value(means[i], variances[i], best)))
            .ToList();
        var starts = warmStarts
            .Select(encoder.Snap)
            .Select(p => new ScoredPoint(p, Score(p)))
            .ToList();
        var others = Math.Max(0, options.LocalSearches - starts.Count);
        starts.AddRange(PickStarts(scored, random, others));
        var refined = starts.Select(LocalSearch);
        return refined.Concat(scored).OrderByDescending(p => p.Score).ToList();
    }

    private List<double[]> Candidates(Random random)
    {
        var dimensions = encoder.Dimensions;
        var raw = HaltonPoints.Generate(CandidateCount(), dimensions.Count, random);
        foreach (var point in raw)
        {
            for (var d = 0; d < dimensions.Count; d++)
            {
                if (dimensions[d].Kind == DimensionKind.Categorical)
                {
                    point[d] = dimensions[d].ChoiceAt(point[d]);
                }
            }
        }

        return raw.Select(encoder.Snap).ToList();
    }

    /// <summary>
    /// Scoring a candidate costs O(n^2) in the number of modelled trials, so fewer candidates are
    /// scored as the model grows (local search does the fine work).
    /// </summary>
    private int CandidateCount()
    {
        var scale = Math.Min(1.0, Math.Pow(64.0 / Math.Max(1, model.Count), 2));
        return Math.Max(Math.Min(512, options.Candidates), (int)(options.Candidates * scale));
    }

    /// <summary>The best candidate, then others drawn with odds growing with their score.</summary>
    private static List<ScoredPoint> PickStarts(List<ScoredPoint> scored, Random random, int count)
    {
        var picked = new List<ScoredPoint>();
        if (count == 0 || scored.Count == 0)
        {
            return picked;
        }

        var remaining = scored.OrderByDescending(p => p.Score).ToList();
        picked.Add(remaining[0]);
        remaining.RemoveAt(0);
        while (picked.Count < count && remaining.Count > 0)
        {
            var top = remaining[0].Score;
            var weights = remaining.Select(p => Math.Exp(p.Score - top)).ToArray();
            var target = random.NextDouble() * weights.Sum();
            var index = 0;
            while (index < weights.Length - 1 && (target -= weights[index]) > 0)
            {
                index++;
            }

            picked.Add(remaining[index]);
            remaining.RemoveAt(index);
        }

        return picked;
    }

    /// <summary>
    /// Alternates a continuous step and a discrete step; the continuous step is repeated only
    /// when the discrete step moved the point.
    /// </summary>
    private ScoredPoint LocalSearch(ScoredPoint start)
    {
        var current = start;
        for (var round = 0; round < LocalRounds; round++)
        {
            var continuous = ContinuousStep(current.Point);
            if (continuous.Score > current.Score + Improvement)
            {
                current = continuous;
            }

            var discrete = DiscreteStep(current);
            if (discrete.Score <= current.Score + Improvement)
            {
                break;
            }

            current = discrete;
        }

        return current;
    }

    /// <summary>Bounded BFGS over the active continuous coordinates; others stay fixed.</summary>
    private ScoredPoint ContinuousStep(double[] point)
    {
        var active = encoder.ActiveAt(point);
        var free = Enumerable.Range(0, point.Length)
            .Where(d => active[d] && encoder.Dimensions[d].Kind == DimensionKind.Continuous)
            .ToArray();
        if (free.Length == 0)
        {
            return new ScoredPoint(point, Score(point));
        }

        var full = new double[point.Length];
        var meanGradient = new double[point.Length];
        var varianceGradient = new double[point.Length];
        var gradient = new double[point.Length];
        double Negative(double[] z, double[] zGradient)
        {
            Array.Copy(point, full, point.Length);
            for (var i = 0; i < free.Length; i++)
            {
                full[free[i]] = z[i];
            }

            var (mean, variance) = model.Predict(full, meanGradient, varianceGradient);
            var value = LogExpectedImprovement.Value(
                mean, variance, best, meanGradient, varianceGradient, gradient);
            for (var i = 0; i < free.Length; i++)
            {
                zGradient[i] = -gradient[free[i]];
            }

            return -value;
        }

        var lower = new double[free.Length];
        var upper = Enumerable.Repeat(1.0, free.Length).ToArray();
        var start = free.Select(d => point[d]).ToArray();
        var (found, _) = BoundedMinimizer.Minimize(Negative, lower, upper, start, 25, 1e-5);
        var moved = (double[])point.Clone();
        for (var i = 0; i < free.Length; i++)
        {
            moved[free[i]] = found[i];
        }

        var snapped = encoder.Snap(moved);
        return new ScoredPoint(snapped, Score(snapped));
    }

    /// <summary>One greedy pass over the discrete and categorical coordinates.</summary>
    private ScoredPoint DiscreteStep(ScoredPoint start)
    {
        var current = start;
        var active = encoder.ActiveAt(start.Point);
        for (var d = 0; d < start.Point.Length; d++)
        {
            var dimension = encoder.Dimensions[d];
            if (!active[d] || dimension.Kind == DimensionKind.Continuous)
            {
                continue;
            }

            foreach (var value in Alternatives(dimension, current.Point[d]))
            {
                var point = (double[])current.Point.Clone();
                point[d] = value;
                point = encoder.Snap(point);
                var score = Score(point);
                if (score > current.Score + Improvement)
                {
                    current = new ScoredPoint(point, score);
                }
            }
        }

        return current;
    }

    /// <summary>
    /// Every other choice of a category; every other grid point of a short grid; on a long grid
    /// the points 1, 2, 4, 8... steps away on either side.
    /// </summary>
    private static IEnumerable<double> Alternatives(GpDimension dimension, double value)
    {
        if (dimension.Kind == DimensionKind.Categorical)
        {
            return Enumerable.Range(0, dimension.ChoiceCount)
                .Select(c => (double)c)
                .Where(c => c != value);
        }

        var found = new List<double>();
        foreach (var upwards in new[] { false, true })
        {
            var current = value;
            for (var step = 1; step <= ExhaustiveGrid; step++)
            {
                var (below, above) = dimension.Neighbours(current);
                var next = upwards ? above : below;
                if (next == current)
                {
                    break;
                }

                current = next;
                if (step <= 2 || dimension.GridCount <= ExhaustiveGrid || (step & (step - 1)) == 0)
                {
                    found.Add(current);
                }
            }
        }

        return found;
    }

    private double Score(double[] point)
    {
        var (mean, variance) = model.Predict(point);
        return LogExpectedImprovement.Value(mean, variance, best);
    }
}
