namespace DotnetTune.Core.Tests.Manifest;

public static partial class MalformedCases
{
    /// <summary>Conditions (`when`): parents, values, operators and cycles.</summary>
    public static TheoryData<string, string, string, int, int, int> Conditions { get; } = new()
    {
        {
            "an unknown parent",
            Manifests.Core + """
                [parameters]
                optimizer = { type = "choice", values = ["adam", "sgd"] }
                momentum = { type = "float", low = 0.8, high = 0.99, when = { optimiser = "sgd" } }
                """,
            "unknown parent 'optimiser': it is not a parameter; did you mean 'optimizer'?",
            13, 63, 1
        },
        {
            "a parameter depending on itself",
            Manifests.Core + """
                [parameters]
                m = { type = "float", low = 0, high = 1, when = { m = 0.5 } }
                """,
            "m cannot depend on itself", 12, 51, 1
        },
        {
            "conditions in a cycle",
            Manifests.Core + """
                [parameters]
                a = { type = "int", low = 1, high = 3, when = { b = 1 } }
                b = { type = "int", low = 1, high = 3, when = { a = 1 } }
                """,
            "conditions form a cycle: a -> b -> a", 12, 49, 1
        },
        {
            "a value the parent never has",
            Manifests.Core + """
                [parameters]
                optimizer = { type = "choice", values = ["adam", "sgd"] }
                momentum = { type = "float", low = 0.8, high = 0.99, when = { optimizer = "adagrad" } }
                """,
            "optimizer never has the value \"adagrad\": \"adagrad\" is not one of " +
            "[\"adam\", \"sgd\"]",
            13, 75, 1
        },
        {
            "a comparison on a string parent",
            Manifests.Core + """
                [parameters]
                optimizer = { type = "choice", values = ["adam", "sgd"] }
                momentum = { type = "float", low = 0.8, high = 0.99, when = "optimizer >= 3" }
                """,
            "'>=' needs a numeric parent, but optimizer is a choice of strings", 13, 61, 1
        },
        {
            "an unreadable condition string",
            Manifests.Core + """
                [parameters]
                layers = { type = "int", low = 1, high = 4 }
                units3 = { type = "int", low = 16, high = 64, when = "layers >>= 3" }
                """,
            "cannot read the condition \"layers >>= 3\"", 13, 54, 1
        },
        {
            "a condition with two parents",
            Manifests.Core + """
                [parameters]
                a = 1
                b = 2
                c = { type = "bool", when = { a = 1, b = 2 } }
                """,
            "a condition has exactly one parent, got a, b", 14, 38, 1
        },
        {
            "a condition that is never true",
            Manifests.Core + """
                [parameters]
                layers = { type = "int", low = 1, high = 4 }
                units3 = { type = "int", low = 16, high = 64, when = "layers >= 5" }
                """,
            "the condition is never true: layers is at most 4", 13, 54, 1
        },
        {
            "a condition that is a number",
            Manifests.Core + """
                [parameters]
                a = 1
                c = { type = "bool", when = 3 }
                """,
            "expected a table like { optimizer = \"sgd\" }", 13, 29, 1
        },
        {
            "a condition value off the parent step",
            Manifests.Core + """
                [parameters]
                hidden = { type = "int", low = 64, high = 256, step = 64 }
                wide = { type = "bool", when = { hidden = 100 } }
                """,
            "100 is not on the step 64 from 64 (nearest: 64, 128)", 13, 43, 1
        },
        {
            "a string condition on a bool parent",
            Manifests.Core + """
                [parameters]
                use_bias = { type = "bool" }
                bias_init = { type = "float", low = 0, high = 1, when = { use_bias = "yes" } }
                """,
            "use_bias never has the value \"yes\"", 13, 70, 1
        },
        {
            "a not-in that excludes everything",
            Manifests.Core + """
                [parameters]
                optimizer = { type = "choice", values = ["adam", "sgd"] }
                m = { type = "bool", when = "optimizer not in ['adam', 'sgd']" }
                """,
            "it excludes every value of optimizer", 13, 29, 1
        },
    };
}
