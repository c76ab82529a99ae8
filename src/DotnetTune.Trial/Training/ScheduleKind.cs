namespace DotnetTune.Trial.Training;

/// <summary>How the learning rate moves after the warm-up.</summary>
public enum ScheduleKind
{
    /// <summary>Stays at the base rate.</summary>
    Constant,

    /// <summary>Multiplied by gamma every step-size epochs.</summary>
    Step,

    /// <summary>Falls along half a cosine from the base rate to 0 at the end of training.</summary>
    Cosine,
}
