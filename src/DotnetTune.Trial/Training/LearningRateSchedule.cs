namespace DotnetTune.Trial.Training;

/// <summary>
/// The learning rate of each optimizer step: a linear warm-up over the first
/// <see cref="WarmupSteps"/> steps, then a constant, step or cosine schedule.
/// Set <c>At(step)</c> on the optimizer before each step.
/// </summary>
public sealed class LearningRateSchedule
{
    public LearningRateSchedule(
        ScheduleKind kind,
        double baseRate,
        int stepsPerEpoch,
        int epochs,
        double warmupEpochs = 0,
        int stepSizeEpochs = 1,
        double gamma = 0.5)
    {
        Require(baseRate > 0 && double.IsFinite(baseRate), "the learning rate must be positive");
        Require(stepsPerEpoch > 0, "there must be at least one step per epoch");
        Require(epochs >= 0, "epochs must not be negative");
        Require(warmupEpochs >= 0, "warm-up epochs must not be negative");
        Require(stepSizeEpochs > 0, "the step size must be at least one epoch");
        Require(gamma > 0, "gamma must be positive");
        Kind = kind;
        BaseRate = baseRate;
        StepsPerEpoch = stepsPerEpoch;
        TotalSteps = (long)stepsPerEpoch * epochs;
        WarmupSteps = (long)Math.Round(warmupEpochs * stepsPerEpoch);
        StepSizeEpochs = stepSizeEpochs;
        Gamma = gamma;
    }

    public ScheduleKind Kind { get; }

    public double BaseRate { get; }

    public int StepsPerEpoch { get; }

    public long TotalSteps { get; }

    public long WarmupSteps { get; }

    public int StepSizeEpochs { get; }

    public double Gamma { get; }

    /// <summary>Parses "constant", "step" or "cosine".</summary>
    public static ScheduleKind ParseKind(string name) => name switch
    {
        "constant" => ScheduleKind.Constant,
        "step" => ScheduleKind.Step,
        "cosine" => ScheduleKind.Cosine,
        _ => throw new TrialException(
            $"unknown learning-rate schedule \"{name}\"; expected constant, step or cosine",
            TrialExitCodes.BadConfig),
    };

    /// <summary>
    /// The learning rate for the optimizer step <paramref name="step"/>, counted from 0.
    /// </summary>
    public double At(long step)
    {
        if (step < WarmupSteps)
        {
            return BaseRate * (step + 1) / WarmupSteps;
        }

        return Kind switch
        {
            ScheduleKind.Step => BaseRate * Math.Pow(Gamma, step / StepsPerEpoch / StepSizeEpochs),
            ScheduleKind.Cosine => CosineAt(step),
            _ => BaseRate,
        };
    }

    private double CosineAt(long step)
    {
        var length = Math.Max(1, TotalSteps - WarmupSteps);
        var progress = Math.Min(1.0, (double)(step - WarmupSteps) / length);
        return BaseRate * 0.5 * (1 + Math.Cos(Math.PI * progress));
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new TrialException(problem, TrialExitCodes.BadConfig);
        }
    }
}
