namespace DotnetTune.Core.Tests.Manifest;

public static partial class MalformedCases
{
    /// <summary>Parameter kinds, ranges, steps, choices and names.</summary>
    public static TheoryData<string, string, string, int, int, int> Parameters { get; } = new()
    {
        {
            "a log scale from 0",
            Manifests.Core + """
                [parameters]
                lr = { type = "float", low = 0, high = 1, scale = "log" }
                """,
            "log scale needs low > 0, got 0", 12, 30, 1
        },
        {
            "low above high",
            Manifests.Core + """
                [parameters]
                lr = { type = "float", low = 0.5, high = 0.1 }
                """,
            "low must be less than high, got low = 0.5 and high = 0.1", 12, 30, 1
        },
        {
            "an int range with a float bound",
            Manifests.Core + """
                [parameters]
                n = { type = "int", low = 1.5, high = 4 }
                """,
            "expected an integer low for an int parameter, got float 1.5", 12, 27, 1
        },
        {
            "an int range with a float step",
            Manifests.Core + """
                [parameters]
                n = { type = "int", low = 1, high = 9, step = 0.5 }
                """,
            "expected an integer step for an int parameter", 12, 47, 1
        },
        {
            "a negative step",
            Manifests.Core + """
                [parameters]
                d = { type = "float", low = 0, high = 1, step = -0.1 }
                """,
            "step must be greater than 0, got -0.1", 12, 49, 1
        },
        {
            "a step larger than the range",
            Manifests.Core + """
                [parameters]
                n = { type = "int", low = 1, high = 4, step = 5 }
                """,
            "step 5 is larger than the range [1, 4]", 12, 47, 1
        },
        {
            "a float step on a log scale",
            Manifests.Core + """
                [parameters]
                lr = { type = "float", low = 0.001, high = 1, scale = "log", step = 0.1 }
                """,
            "a float cannot have both a step and scale = \"log\"", 12, 69, 1
        },
        {
            "a step too fine to count",
            Manifests.Core + """
                [parameters]
                x = { type = "float", low = 0, high = 1, step = 1e-12 }
                """,
            "gives more than 1,000,000,000 values", 12, 49, 1
        },
        {
            "a NaN bound",
            Manifests.Core + """
                [parameters]
                x = { type = "float", low = nan, high = 1 }
                """,
            "must be a finite number, got nan", 12, 29, 1
        },
        {
            "an unknown scale",
            Manifests.Core + """
                [parameters]
                x = { type = "float", low = 1, high = 2, scale = "logarithmic" }
                """,
            "\"logarithmic\" is not one of \"linear\", \"log\"", 12, 50, 1
        },
        {
            "an empty choice",
            Manifests.Core + """
                [parameters]
                b = { type = "choice", values = [] }
                """,
            "values is empty", 12, 33, 1
        },
        {
            "choices 2 and 2.0 are duplicates",
            Manifests.Core + """
                [parameters]
                b = { type = "choice", values = [1, 2, 2.0] }
                """,
            "duplicate value 2.0", 12, 40, 1
        },
        {
            "duplicate string choices",
            Manifests.Core + """
                [parameters]
                b = { type = "categorical", values = ["a", "a"] }
                """,
            "duplicate value \"a\"", 12, 44, 1
        },
        {
            "choice values that are not an array",
            Manifests.Core + """
                [parameters]
                b = { type = "choice", values = 3 }
                """,
            "expected an array of values, got integer 3", 12, 33, 1
        },
        {
            "an array among the choices",
            Manifests.Core + """
                [parameters]
                b = { type = "choice", values = [1, [2, 3]] }
                """,
            "a choice must be a string, number or boolean, got array", 12, 37, 1
        },
        {
            "a bare array as a parameter",
            Manifests.Core + """
                [parameters]
                schedule = ["a", "b"]
                """,
            "an array is not a parameter", 12, 12, 1
        },
        {
            "a table as a fixed value",
            Manifests.Core + """
                [parameters]
                init = { type = "fixed", value = { a = 1 } }
                """,
            "a fixed value must be a string, number or boolean, got table", 12, 34, 1
        },
        {
            "a fixed parameter without a value",
            Manifests.Core + """
                [parameters]
                f = { type = "fixed" }
                """,
            "missing required key 'value'", 12, 5, 1
        },
        {
            "a datetime value",
            Manifests.Core + """
                [parameters]
                start = 1979-05-27
                """,
            "a fixed value must be a string, number or boolean, got datetime", 12, 9, 1
        },
        {
            "a missing type with values",
            Manifests.Core + """
                [parameters]
                b = { values = [1, 2] }
                """,
            "missing 'type': add type = \"choice\"", 12, 1, 1
        },
        {
            "an unknown type",
            Manifests.Core + """
                [parameters]
                x = { type = "floaty", low = 0, high = 1 }
                """,
            "did you mean 'float'?", 12, 14, 1
        },
        {
            "a key of another type",
            Manifests.Core + """
                [parameters]
                x = { type = "float", low = 0, high = 1, values = [1] }
                """,
            "'values' does not apply to type \"float\" (it is for type = \"choice\")", 12, 42, 1
        },
        {
            "a bool with values",
            Manifests.Core + """
                [parameters]
                b = { type = "bool", values = [true] }
                """,
            "'values' does not apply to type \"bool\"", 12, 22, 1
        },
        {
            "a misspelt step",
            Manifests.Core + """
                [parameters]
                x = { type = "float", low = 0, high = 1, stpe = 0.1 }
                """,
            "unknown key 'stpe' in parameter 'x'; did you mean 'step'?", 12, 42, 1
        },
        {
            "a name with a slash",
            Manifests.Core + """
                [parameters]
                "a/b" = 1
                """,
            "'a/b' is not a valid parameter name", 12, 1, 1
        },
        {
            "a name with a colon",
            Manifests.Core + """
                [parameters]
                "model:name" = 1
                """,
            "'model:name' is not a valid parameter name", 12, 1, 1
        },
        {
            "a dotted name",
            Manifests.Core + """
                [parameters]
                a.b = 1
                """,
            "'a.b' is not a parameter name: TOML reads a dotted key as a table", 12, 1, 1
        },
        {
            "a dotted table header as a name",
            Manifests.Core + """
                [parameters.a.b]
                type = "bool"
                """,
            "'a.b' is not a parameter name", 11, 13, 1
        },
        {
            "names that differ only by case",
            Manifests.Core + """
                [parameters]
                lr = 1
                LR = 2
                """,
            "'LR' differs from 'lr' (at line 12, column 1) only by case", 13, 1, 1
        },
        {
            "a reserved name",
            Manifests.Core + """
                [parameters]
                device = "cpu"
                """,
            "'device' is a reserved name", 12, 1, 1
        },
        {
            "a template keyword as a name",
            Manifests.Core + """
                [parameters]
                end = 1
                """,
            "'end' is a reserved name: it is a keyword of the Scriban templates", 12, 1, 1
        },
    };
}
