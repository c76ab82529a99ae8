using DotnetTune.Trial;
using DotnetTune.Trial.Training;

namespace MlpClassifier;

/// <summary>
/// The hyper-parameters this template reads; template.toml declares each with its default.
/// </summary>
internal sealed record Settings(
    double LearningRate,
    int BatchSize,
    int Hidden,
    int Layers,
    string Optimizer,
    double Beta1,
    double Beta2,
    double Eps,
    double Momentum,
    double WeightDecay,
    double Dropout,
    string Init,
    ScheduleKind Schedule,
    double WarmupEpochs,
    int StepSizeEpochs,
    double Gamma)
{
    public static Settings Read(TrialContext trial) => new(
        LearningRate: trial.GetDouble("learning_rate"),
        BatchSize: trial.GetInt("batch_size"),
        Hidden: trial.GetInt("hidden"),
        Layers: trial.GetInt("layers"),
        Optimizer: trial.GetChoice("optimizer", "adam", "sgd"),
        Beta1: trial.GetDouble("beta1"),
        Beta2: trial.GetDouble("beta2"),
        Eps: trial.GetDouble("eps"),
        Momentum: trial.GetDouble("momentum"),
        WeightDecay: trial.GetDouble("weight_decay"),
        Dropout: trial.GetDouble("dropout"),
        Init: trial.GetChoice("init", "default", "kaiming", "xavier"),
        Schedule: LearningRateSchedule.ParseKind(trial.GetString("schedule")),
        WarmupEpochs: trial.GetDouble("warmup_epochs"),
        StepSizeEpochs: trial.GetInt("lr_step_size"),
        Gamma: trial.GetDouble("lr_gamma"));
}
