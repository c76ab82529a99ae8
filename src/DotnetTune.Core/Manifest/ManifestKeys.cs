namespace DotnetTune.Manifest;

/// <summary>
/// Every key and fixed word the Tune.toml language knows. The loader reads only these, the JSON
/// schema must describe exactly these (a test checks it), and unknown keys get the nearest one.
/// </summary>
public static class ManifestKeys
{
    /// <summary>A top-level string some editors (Taplo) read to find the schema; otherwise ignored.</summary>
    public const string SchemaDirective = "$schema";

    /// <summary>Top-level tables: [study], [objective], [search], [trial], [parameters].</summary>
    public static IReadOnlyList<string> Sections { get; } =
        ["study", "objective", "search", "trial", "parameters"];

    /// <summary>[study]: name (required), seed (integer, default 0), output (default "tune-out").</summary>
    public static IReadOnlyList<string> Study { get; } = ["name", "seed", "output"];

    /// <summary>[objective]: metric and direction, both required.</summary>
    public static IReadOnlyList<string> Objective { get; } = ["metric", "direction"];

    /// <summary>
    /// [search]: strategy, trials, parallel, repeats, max_failed, retries, configurations, and the
    /// sub-tables [search.coarse_to_fine] and [search.bayesian].
    /// </summary>
    public static IReadOnlyList<string> Search { get; } =
    [
        "strategy", "trials", "parallel", "repeats", "max_failed", "retries", "configurations",
        "coarse_to_fine", "bayesian",
    ];

    /// <summary>[search.coarse_to_fine]: rounds, keep, margin.</summary>
    public static IReadOnlyList<string> CoarseToFine { get; } = ["rounds", "keep", "margin"];

    /// <summary>[search.bayesian]: model, startup_trials, multivariate.</summary>
    public static IReadOnlyList<string> Bayesian { get; } = ["model", "startup_trials", "multivariate"];

    /// <summary>[trial]: template, device, epochs, data, timeout, samples, validation_fraction, threads.</summary>
    public static IReadOnlyList<string> Trial { get; } =
    [
        "template", "device", "epochs", "data", "timeout", "samples", "validation_fraction", "threads",
    ];

    /// <summary>The keys of a parameter table: type, low, high, step, scale, values, value, when.</summary>
    public static IReadOnlyList<string> Parameter { get; } =
        ["type", "low", "high", "step", "scale", "values", "value", "when"];

    /// <summary>Which parameter keys each type takes (besides type and when).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ParameterKeysByType { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["float"] = ["low", "high", "step", "scale"],
            ["int"] = ["low", "high", "step", "scale"],
            ["choice"] = ["values"],
            ["categorical"] = ["values"],
            ["bool"] = [],
            ["fixed"] = ["value"],
        };

    public static IReadOnlyList<string> Strategies { get; } =
        ["grid", "random", "coarse-to-fine", "bayesian", "manual"];

    public static IReadOnlyList<string> Directions { get; } = ["minimize", "maximize"];

    public static IReadOnlyList<string> Devices { get; } = ["auto", "cpu", "cuda"];

    public static IReadOnlyList<string> BayesianModels { get; } = ["auto", "tpe", "gp"];

    public static IReadOnlyList<string> Scales { get; } = ["linear", "log"];

    /// <summary>Parameter types; "categorical" is another name for "choice".</summary>
    public static IReadOnlyList<string> ParameterTypes { get; } =
        ["float", "int", "choice", "categorical", "bool", "fixed"];

    /// <summary>Operators of a condition written as a string, e.g. "layers >= 3".</summary>
    public static IReadOnlyList<string> ConditionOperators { get; } =
        ["==", "!=", ">=", ">", "<=", "<", "in", "not in"];

    /// <summary>
    /// Parameter names that cannot be used (compared ignoring case), with the reason: names the
    /// trial configuration already carries, and Scriban keywords a template could not read.
    /// `seed` and `epochs` are allowed: as parameters they override the study seed and trial.epochs.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ReservedParameterNames { get; } = BuildReserved();

    private static Dictionary<string, string> BuildReserved()
    {
        var reserved = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string[] trialFields =
        [
            "device", "threads", "data", "data_path", "samples", "validation_fraction", "timeout",
            "trial", "trial_id", "checkpoint", "checkpoint_dir", "output", "repeat",
        ];
        foreach (var name in trialFields)
        {
            reserved[name] = "the trial configuration already has a field of that name";
        }

        string[] scribanKeywords =
        [
            "if", "else", "end", "for", "in", "while", "func", "ret", "break", "continue", "case",
            "when", "capture", "readonly", "import", "with", "wrap", "include", "tablerow", "true",
            "false", "null", "this", "empty",
        ];
        foreach (var name in scribanKeywords)
        {
            reserved[name] = "it is a keyword of the Scriban templates";
        }

        return reserved;
    }
}
