namespace DotnetTune.Core.Tests.Manifest;

public static partial class MalformedCases
{
    /// <summary>[search]: strategies, budgets, grids and listed configurations.</summary>
    public static TheoryData<string, string, string, int, int, int> Search { get; } = new()
    {
        {
            "a misspelt strategy",
            Manifests.Head + """
                [search]
                strategy = "grdi"
                trials = 4
                [parameters]
                x = 1
                """,
            "did you mean 'grid'?", 10, 12, 1
        },
        {
            "random search without trials",
            Manifests.Head + """
                [search]
                strategy = "random"
                [parameters]
                x = 1
                """,
            "missing required key 'trials' for strategy = \"random\"", 9, 2, 1
        },
        {
            "zero parallel trials",
            Manifests.Head + """
                [search]
                trials = 4
                parallel = 0
                [parameters]
                x = 1
                """,
            "must be at least 1, got 0", 11, 12, 1
        },
        {
            "zero max_failed",
            Manifests.Head + """
                [search]
                trials = 4
                max_failed = 0
                [parameters]
                x = 1
                """,
            "must be at least 1, got 0", 11, 14, 1
        },
        {
            "negative retries",
            Manifests.Head + """
                [search]
                trials = 4
                retries = -1
                [parameters]
                x = 1
                """,
            "must be at least 0, got -1", 11, 11, 1
        },
        {
            "a grid over a continuous range",
            Manifests.Head + """
                [search]
                strategy = "grid"
                [parameters]
                lr = { type = "float", low = 0.01, high = 1 }
                """,
            "strategy = \"grid\" needs every parameter discrete, but lr is a continuous " +
            "float: add a step",
            12, 1, 1
        },
        {
            "a grid larger than the trials",
            Manifests.Head + """
                [search]
                strategy = "grid"
                trials = 100
                [parameters]
                a = { type = "int", low = 1, high = 6 }
                b = { type = "int", low = 1, high = 6 }
                c = { type = "int", low = 1, high = 6 }
                d = { type = "int", low = 1, high = 6 }
                """,
            "the grid has 1,296 points but trials = 100: raise trials to 1296, remove " +
            "values, or use strategy = \"random\"",
            11, 10, 1
        },
        {
            "manual without configurations",
            Manifests.Head + """
                [search]
                strategy = "manual"
                [parameters]
                lr = { type = "float", low = 0.01, high = 1 }
                """,
            "missing required key 'configurations' for strategy = \"manual\"", 9, 2, 1
        },
        {
            "a manual configuration missing a parameter",
            Manifests.Head + """
                [search]
                strategy = "manual"
                configurations = [{ lr = 0.1 }]
                [parameters]
                lr = { type = "float", low = 0.01, high = 1 }
                batch_size = { type = "choice", values = [32, 64] }
                """,
            "missing batch_size: a manual configuration gives every active parameter", 11, 19, 1
        },
        {
            "a configuration value out of range",
            Manifests.Head + """
                [search]
                trials = 4
                configurations = [{ lr = 5 }]
                [parameters]
                lr = { type = "float", low = 0.01, high = 1 }
                """,
            "5 is outside [0.01, 1]", 11, 26, 1
        },
        {
            "a configuration giving an inactive parameter",
            Manifests.Head + """
                [search]
                strategy = "manual"
                configurations = [{ optimizer = "adam", momentum = 0.9 }]
                [parameters]
                optimizer = { type = "choice", values = ["adam", "sgd"] }
                momentum = { type = "float", low = 0.8, high = 0.99, when = { optimizer = "sgd" } }
                """,
            "momentum is inactive here (it needs optimizer == \"sgd\"): remove it", 11, 41, 1
        },
        {
            "a configuration naming an unknown parameter",
            Manifests.Head + """
                [search]
                trials = 4
                configurations = [{ lr = 0.1, lrr = 0.2 }]
                [parameters]
                lr = { type = "float", low = 0.01, high = 1 }
                """,
            "unknown parameter 'lrr'; did you mean 'lr'?", 11, 31, 1
        },
        {
            "a configuration value off the step",
            Manifests.Head + """
                [search]
                trials = 4
                configurations = [{ hidden = 100 }]
                [parameters]
                hidden = { type = "int", low = 64, high = 256, step = 64 }
                """,
            "100 is not on the step 64 from 64", 11, 30, 1
        },
        {
            "a configuration in a table array",
            Manifests.Head + """
                [search]
                trials = 4
                [[search.configurations]]
                lr = "fast"
                [parameters]
                lr = { type = "float", low = 0.01, high = 1 }
                """,
            "expected a number, got \"fast\"", 12, 6, 1
        },
        {
            "configurations that are not tables",
            Manifests.Head + """
                [search]
                trials = 4
                configurations = [1, 2]
                [parameters]
                lr = { type = "float", low = 0.01, high = 1 }
                """,
            "expected an array of tables", 11, 18, 1
        },
        {
            "manual trials beyond the list",
            Manifests.Head + """
                [search]
                strategy = "manual"
                trials = 3
                configurations = [{ lr = 0.1 }]
                [parameters]
                lr = { type = "float", low = 0.01, high = 1 }
                """,
            "trials can be at most 1", 11, 10, 1
        },
        {
            "a coarse-to-fine table under random search",
            Manifests.Head + """
                [search]
                trials = 4
                [search.coarse_to_fine]
                rounds = 2
                [parameters]
                x = 1
                """,
            "[search.coarse_to_fine] applies only to strategy = \"coarse-to-fine\", but the " +
            "strategy is \"random\"",
            11, 9, 1
        },
        {
            "a keep fraction of 0",
            Manifests.Head + """
                [search]
                strategy = "coarse-to-fine"
                trials = 8
                [search.coarse_to_fine]
                keep = 0
                [parameters]
                x = 1
                """,
            "must be between 0 (excluded) and 1, got 0", 13, 8, 1
        },
        {
            "a Gaussian process over a choice",
            Manifests.Head + """
                [search]
                strategy = "bayesian"
                trials = 20
                [search.bayesian]
                model = "gp"
                [parameters]
                lr = { type = "float", low = 0.01, high = 1 }
                opt = { type = "choice", values = ["adam", "sgd"] }
                """,
            "model = \"gp\" needs every tuned parameter to be float or int, but not opt (a " +
            "choice of strings)",
            13, 9, 1
        },
        {
            "zero startup trials",
            Manifests.Head + """
                [search]
                strategy = "bayesian"
                trials = 20
                [search.bayesian]
                startup_trials = 0
                [parameters]
                lr = { type = "float", low = 0.01, high = 1 }
                """,
            "must be at least 1, got 0", 13, 18, 1
        },
    };
}
