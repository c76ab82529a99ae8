namespace DotnetTune.Trial;

/// <summary>The contents of trial.json, which the tool writes into each trial folder.</summary>
/// <param name="Path">The config file's absolute path.</param>
/// <param name="TrialId">The tool's id of the trial, e.g. 0003.</param>
/// <param name="Seed">Seed for torch and for shuffling.</param>
/// <param name="Device">"cpu" or "cuda" (or "cuda:N").</param>
/// <param name="Threads">Torch's thread count; null leaves torch's default.</param>
/// <param name="Epochs">How many passes over the training data.</param>
/// <param name="DataDirectory">Absolute folder of the data set.</param>
/// <param name="Samples">How many samples to use from the start of the data set; null for
/// all.</param>
/// <param name="ValidationFraction">The share of the samples, taken from their end, kept for
/// validation.</param>
/// <param name="CheckpointDirectory">A folder the trial may write checkpoints to and resume
/// from.</param>
/// <param name="Parameters">The tuned parameters and the template's defaults.</param>
public sealed record TrialConfig(
    string Path,
    string TrialId,
    long Seed,
    string Device,
    int? Threads,
    int Epochs,
    string DataDirectory,
    int? Samples,
    double ValidationFraction,
    string CheckpointDirectory,
    TrialParameters Parameters);
