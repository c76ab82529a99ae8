namespace DotnetTune.Core.Tests.Manifest;

public static partial class MalformedCases
{
    /// <summary>TOML itself: syntax, duplicate keys and tables redefined.</summary>
    public static TheoryData<string, string, string, int, int, int> Toml { get; } = new()
    {
        {
            "a syntax error is located",
            Manifests.Core + """
                [parameters]
                lr = { type = "float", low = 0.1 high = 1 }
                """,
            "TOML syntax", 12, 34, -1
        },
        {
            "an unterminated string is located",
            """
                [study]
                name = "t
                [objective]
                metric = "val_accuracy"
                direction = "maximize"
                [trial]
                template = "open"
                data = "data"
                [search]
                trials = 4
                [parameters]
                x = 1
                """,
            "TOML syntax", 2, 10, -1
        },
        {
            "a duplicate key names the first one",
            """
                [study]
                name = "t"
                name = "u"
                [objective]
                metric = "val_accuracy"
                direction = "maximize"
                [trial]
                template = "open"
                data = "data"
                [search]
                trials = 4
                [parameters]
                x = 1
                """,
            "duplicate key 'name': already set at line 2, column 1", 3, 1, 1
        },
        {
            "a table header given twice",
            Manifests.Core + """
                [parameters]
                a = 1
                [parameters]
                b = 2
                """,
            "table [parameters] is defined twice", 13, 2, 1
        },
        {
            "an inline parameter table reopened by a header",
            Manifests.Core + """
                [parameters]
                lr = { type = "float", low = 0.1, high = 1 }
                [parameters.lr]
                low = 0.2
                """,
            "'parameters.lr' is already an inline table at line 12, column 1", 13, 13, 1
        },
        {
            "a dotted key below a value",
            Manifests.Core + """
                [parameters]
                lr = 1
                lr.low = 2
                """,
            "'parameters.lr' is already an integer value", 13, 1, 1
        },
    };
}
