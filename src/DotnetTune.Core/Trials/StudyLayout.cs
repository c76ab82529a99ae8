namespace DotnetTune.Trials;

/// <summary>
/// Every path of a study on disk; nothing else builds them.
/// <code>
/// &lt;output&gt;/
///   _builds/&lt;hash&gt;/    one build per distinct rendered source, shared by the studies here
///   &lt;study&gt;/
///     study.db  summary.json  report.md
///     trials/&lt;id&gt;/     rendered project, trial.json, metrics.jsonl, stdout.log, stderr.log
/// </code>
/// A build depends only on the rendered source, so studies of one output folder share them, and
/// a study started over with --fresh does not build again.
/// </summary>
public sealed record StudyLayout(string Directory)
{
    public const string BuildsFolderName = "_builds";

    public string Database => Path.Combine(Directory, "study.db");

    public string Summary => Path.Combine(Directory, "summary.json");

    public string Report => Path.Combine(Directory, "report.md");

    public string TrialsDirectory => Path.Combine(Directory, "trials");

    public string BuildsDirectory =>
        Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Directory))!, BuildsFolderName);

    public TrialPaths Trial(string id) => new(Path.Combine(TrialsDirectory, id));

    public string Build(string sourceHash) => Path.Combine(BuildsDirectory, sourceHash);
}

/// <summary>The files of one trial's folder.</summary>
public sealed record TrialPaths(string Directory)
{
    public const string ConfigFileName = "trial.json";

    public string ConfigFile => Path.Combine(Directory, ConfigFileName);

    public string MetricsFile => Path.Combine(Directory, "metrics.jsonl");

    public string StdoutLog => Path.Combine(Directory, "stdout.log");

    public string StderrLog => Path.Combine(Directory, "stderr.log");

    public string CheckpointDirectory => Path.Combine(Directory, "checkpoints");
}
