namespace DotnetTune.Manifest;

/// <summary>
/// Every key and fixed word of the Tune.toml language. The loader reads only these, the JSON
/// schema (schema/tune.schema.json) must describe exactly these (a test checks it), and an
/// unknown key gets the nearest of these as a suggestion.
/// </summary>
public static class ManifestKeys
{
    /// <summary>
    /// A top-level string naming the JSON schema, which Taplo-based editors (Even Better TOML)
    /// read; the loader only checks it is a string. A first-line comment `#:schema ./path` works too.
    /// </summary>
    public const string SchemaDirective = "$schema";

    /// <summary>Top-level tables, all required.</summary>
    public static IReadOnlyList<string> Sections { get; } =
        ["study", "objective", "search", "trial", "parameters"];

    /// <summary>
    /// [study]:
    /// <list type="bullet">
    /// <item>name: required; 1 to 100 letters, digits, '.', '_' or '-' (it is a folder name).</item>
    /// <item>seed: integer, default 0; seeds the strategy and the trials.</item>
    /// <item>output: folder, default "tune-out", relative to the manifest's folder.</item>
    /// </list>
    /// </summary>
    public static IReadOnlyList<string> Study { get; } = ["name", "seed", "output"];

    /// <summary>
    /// [objective]:
    /// <list type="bullet">
    /// <item>metric: required; the name of a metric the trials print, e.g. "val_accuracy".</item>
    /// <item>direction: required; "minimize" or "maximize".</item>
    /// </list>
    /// </summary>
    public static IReadOnlyList<string> Objective { get; } = ["metric", "direction"];

    /// <summary>
    /// [search]:
    /// <list type="bullet">
    /// <item>strategy: grid | random | coarse-to-fine | bayesian | manual; default random.</item>
    /// <item>trials: integer &gt;= 1; required except for grid (default: the grid size, which
    /// must not exceed trials when given) and manual (default: the number of configurations).</item>
    /// <item>parallel: trials at once, &gt;= 1, default 1.</item>
    /// <item>repeats: seeds per configuration, &gt;= 1, default 1.</item>
    /// <item>max_failed: optional, &gt;= 1; stop after that many failed trials.</item>
    /// <item>retries: &gt;= 0, default 0; reruns of a failed trial.</item>
    /// <item>configurations: array of tables of parameter values; the whole study for manual
    /// (required there), a warm start for the others (missing values take the template default).</item>
    /// <item>coarse_to_fine, bayesian: the tables below, each only with its strategy.</item>
    /// </list>
    /// </summary>
    public static IReadOnlyList<string> Search { get; } =
    [
        "strategy", "trials", "parallel", "repeats", "max_failed", "retries", "configurations",
        "coarse_to_fine", "bayesian",
    ];

    /// <summary>
    /// [search.coarse_to_fine]: rounds (&gt;= 1, default 3), keep (in (0, 1], default 0.25),
    /// margin (&gt;= 0, default 0).
    /// </summary>
    public static IReadOnlyList<string> CoarseToFine { get; } = ["rounds", "keep", "margin"];

    /// <summary>
    /// [search.bayesian]: model ("auto" | "tpe" | "gp", default "auto"; gp needs every tuned
    /// parameter to be float or int), startup_trials (&gt;= 1, default 10), multivariate (bool, default true).
    /// </summary>
    public static IReadOnlyList<string> Bayesian { get; } = ["model", "startup_trials", "multivariate"];

    /// <summary>
    /// [trial]:
    /// <list type="bullet">
    /// <item>template: required; a built-in template name, or a folder with a template.toml,
    /// relative to the manifest.</item>
    /// <item>device: "auto" | "cpu" | "cuda", default "auto".</item>
    /// <item>epochs: &gt;= 1, default 10.</item>
    /// <item>data: required; a folder relative to the manifest, or else a bundled sample data set
    /// of the same last name (e.g. "samples/mnist-10k").</item>
    /// <item>timeout: optional; seconds (a number &gt; 0) or "90s", "10m", "1h30m".</item>
    /// <item>samples: optional, &gt;= 2.</item>
    /// <item>validation_fraction: in (0, 1), default 0.2.</item>
    /// <item>threads: optional, &gt;= 1.</item>
    /// </list>
    /// </summary>
    public static IReadOnlyList<string> Trial { get; } =
    [
        "template", "device", "epochs", "data", "timeout", "samples", "validation_fraction", "threads",
    ];

    /// <summary>
    /// The keys of a parameter table in [parameters] (a bare string, number or boolean is a fixed
    /// value instead):
    /// <list type="bullet">
    /// <item>type: required; float | int | choice (alias categorical) | bool | fixed.</item>
    /// <item>low, high: the range of float and int (integers for int; low &lt; high).</item>
    /// <item>step: float and int; values low + k * step, high included when on the step.</item>
    /// <item>scale: "linear" (default) or "log" (needs low &gt; 0; not with a float step).</item>
    /// <item>values: the non-empty list of a choice, no duplicates (2 and 2.0 are the same).</item>
    /// <item>value: the value of a fixed parameter.</item>
    /// <item>when: condition on one other parameter: { parent = value }, { parent = [v1, v2] } or
    /// "parent OP value" with OP one of ==, !=, &gt;=, &gt;, &lt;=, &lt;, in, not in.</item>
    /// </list>
    /// </summary>
    public static IReadOnlyList<string> Parameter { get; } =
        ["type", "low", "high", "step", "scale", "values", "value", "when"];

    /// <summary>Which parameter keys each type takes besides type and when.</summary>
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
    /// Parameter names that cannot be used (compared ignoring case), with the reason: the fields
    /// trial.json already carries, and Scriban keywords a template could not read.
    /// `seed` and `epochs` are allowed: as parameters they override the trial seed and trial.epochs.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ReservedParameterNames { get; } = BuildReserved();

    private static Dictionary<string, string> BuildReserved()
    {
        var reserved = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // The fields of trial.json beside the parameters (seed and epochs are overridable).
        string[] trialFields =
        [
            "trial_id", "device", "threads", "data", "samples", "validation_fraction", "checkpoint_dir",
            "params", "defaults",
        ];
        foreach (var name in trialFields)
        {
            reserved[name] = "trial.json already has a field of that name";
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
