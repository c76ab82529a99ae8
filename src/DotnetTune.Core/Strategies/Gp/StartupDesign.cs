namespace DotnetTune.Strategies.Gp;

/// <summary>
/// The GP's startup trials: trial n takes point n of one Halton sequence shifted by the study
/// seed, so the first trials cover the space evenly instead of clumping as random draws do.
/// </summary>
internal static class StartupDesign
{
    public static double[] Point(GpEncoder encoder, SuggestContext context)
    {
        var dimensions = encoder.Dimensions;
        var study = new Random(SeedMixer.Mix(context.Seed, 0, "gp-design"));
        var shifts = dimensions.Select(_ => study.NextDouble()).ToArray();
        var extra = context.RandomFor("gp-design");
        var point = HaltonPoints.Point(context.TrialNumber + 1, shifts, extra);
        for (var d = 0; d < dimensions.Count; d++)
        {
            if (dimensions[d].Kind == DimensionKind.Categorical)
            {
                point[d] = dimensions[d].ChoiceAt(point[d]);
            }
        }

        return point;
    }
}
