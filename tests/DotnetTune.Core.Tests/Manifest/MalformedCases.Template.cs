namespace DotnetTune.Core.Tests.Manifest;

public static partial class MalformedCases
{
    /// <summary>Parameters checked against the ones the template declares.</summary>
    public static TheoryData<string, string, string, int, int, int> Template { get; } = new()
    {
        {
            "a parameter the template does not declare",
            Manifests.ScratchCore + """
                [parameters]
                learnin_rate = { type = "float", low = 0.001, high = 0.1 }
                """,
            "the template 'scratch' has no parameter 'learnin_rate'; did you mean " +
            "'learning_rate'?",
            12, 1, 1
        },
        {
            "an undeclared name far from every declared one",
            Manifests.ScratchCore + """
                [parameters]
                zzz = 1
                """,
            "the template 'scratch' has no parameter 'zzz'; it has batch_size, dropout, " +
            "hidden",
            12, 1, 1
        },
        {
            "a string for an int parameter",
            Manifests.ScratchCore + """
                [parameters]
                batch_size = { type = "choice", values = [32, "big"] }
                """,
            "the template reads batch_size as an integer, got \"big\"", 12, 47, 1
        },
        {
            "a float range for an int parameter",
            Manifests.ScratchCore + """
                [parameters]
                hidden = { type = "float", low = 1, high = 10 }
                """,
            "the template reads hidden as an integer: use type = \"int\"", 12, 19, 1
        },
        {
            "a float for an int parameter",
            Manifests.ScratchCore + """
                [parameters]
                layers = 2.5
                """,
            "the template reads layers as an integer, got 2.5", 12, 10, 1
        },
        {
            "a value outside the template choices",
            Manifests.ScratchCore + """
                [parameters]
                optimizer = { type = "choice", values = ["adam", "adagrad"] }
                """,
            "the template accepts only [\"adam\", \"sgd\", \"rmsprop\"] for optimizer, got " +
            "\"adagrad\"",
            12, 50, 1
        },
        {
            "a range for a parameter with choices",
            Manifests.ScratchCore + """
                [parameters]
                init = { type = "int", low = 1, high = 3 }
                """,
            "the template reads init as a string: a numeric range does not fit", 12, 17, 1
        },
        {
            "a bool for a float parameter",
            Manifests.ScratchCore + """
                [parameters]
                dropout = true
                """,
            "the template reads dropout as a float, got true", 12, 11, 1
        },
        {
            "a number for a string parameter",
            Manifests.ScratchCore + """
                [parameters]
                schedule = 3
                """,
            "the template reads schedule as a string, got 3", 12, 12, 1
        },
        {
            "epochs as a float range",
            Manifests.ScratchCore + """
                [parameters]
                epochs = { type = "float", low = 1, high = 5 }
                """,
            "epochs takes integers: use type = \"int\"", 12, 19, 1
        },
        {
            "zero epochs as a parameter",
            Manifests.ScratchCore + """
                [parameters]
                epochs = { type = "choice", values = [0, 5] }
                """,
            "epochs takes integers of at least 1, got 0", 12, 39, 1
        },
    };
}
