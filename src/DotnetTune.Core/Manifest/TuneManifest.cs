using DotnetTune.Space;
using DotnetTune.Templates;

namespace DotnetTune.Manifest;

/// <summary>A validated Tune.toml. Nothing past the manifest stage sees TOML.</summary>
public sealed record TuneManifest(
    string FilePath,
    StudySettings Study,
    ObjectiveSettings Objective,
    SearchSettings Search,
    TrialSettings Trial,
    SearchSpace Space)
{
    public string Directory => Path.GetDirectoryName(Path.GetFullPath(FilePath))!;

    /// <summary>The folder of this study: &lt;output&gt;/&lt;study name&gt;.</summary>
    public string StudyDirectory => Path.Combine(Study.OutputDirectory, Study.Name);

    /// <summary>The template trial.template names, as loaded from its template.toml.</summary>
    public TemplateInfo? TemplateInfo { get; init; }
}

/// <param name="Name">The study's name; also its folder name under the output folder.</param>
/// <param name="Seed">Seeds the strategy and, unless a trial sets its own, every trial.</param>
/// <param name="OutputDirectory">Absolute path of the output folder.</param>
public sealed record StudySettings(string Name, long Seed, string OutputDirectory);

public enum Direction
{
    Minimize,
    Maximize,
}

public sealed record ObjectiveSettings(string Metric, Direction Direction)
{
    /// <summary>Turns a metric value into a loss (lower is better) for the strategies.</summary>
    public double ToLoss(double value) => Direction == Direction.Minimize ? value : -value;

    /// <summary>True when <paramref name="candidate"/> is strictly better than <paramref name="incumbent"/>.</summary>
    public bool IsBetter(double candidate, double incumbent) => ToLoss(candidate) < ToLoss(incumbent);
}

/// <param name="Strategy">grid, random, coarse-to-fine, bayesian or manual.</param>
/// <param name="Trials">The trial budget: how many configurations to run (repeats not counted).</param>
/// <param name="Parallel">How many trials run at once.</param>
/// <param name="Repeats">How many seeds each configuration runs with; its value is their mean.</param>
/// <param name="MaxFailed">Stop the sweep after this many failed trials (null: never).</param>
/// <param name="Retries">How many times a failed trial is run again before it counts as failed.</param>
/// <param name="Listed">Configurations given in the manifest: all of `manual`, or a warm start.</param>
public sealed record SearchSettings(
    string Strategy,
    int Trials,
    int Parallel = 1,
    int Repeats = 1,
    int? MaxFailed = null,
    int Retries = 0,
    IReadOnlyList<Configuration>? Listed = null,
    CoarseToFineSettings? CoarseToFine = null,
    BayesianSettings? Bayesian = null);

/// <param name="Rounds">Number of rounds of random search.</param>
/// <param name="KeepFraction">Share of a round's best trials whose region the next round samples.</param>
/// <param name="Margin">How far, as a share of the kept span, the new range reaches past the kept trials.</param>
public sealed record CoarseToFineSettings(int Rounds = 3, double KeepFraction = 0.25, double Margin = 0.0);

/// <param name="Model">tpe, gp or auto (GP for spaces of only float and int parameters).</param>
/// <param name="StartupTrials">Random trials before the model is used.</param>
/// <param name="Multivariate">TPE: model parameters jointly rather than one by one.</param>
public sealed record BayesianSettings(string Model = "auto", int StartupTrials = 10, bool Multivariate = true);

public enum DeviceRequest
{
    Auto,
    Cpu,
    Cuda,
}

/// <param name="Template">A built-in template name, or the absolute path of a template folder.</param>
/// <param name="DataPath">Absolute path of the data folder the trials read.</param>
/// <param name="Samples">How many samples of the data set to use (null: all).</param>
/// <param name="ValidationFraction">Share of the used samples, taken from the end, that validates.</param>
/// <param name="Threads">Torch threads per trial (null: the cores divided among parallel trials).</param>
public sealed record TrialSettings(
    string Template,
    DeviceRequest Device,
    int Epochs,
    string DataPath,
    TimeSpan? Timeout = null,
    int? Samples = null,
    double ValidationFraction = 0.2,
    int? Threads = null);
