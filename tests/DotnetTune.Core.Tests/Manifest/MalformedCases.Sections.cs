namespace DotnetTune.Core.Tests.Manifest;

public static partial class MalformedCases
{
    /// <summary>The sections themselves, [study] and [objective].</summary>
    public static TheoryData<string, string, string, int, int, int> Sections { get; } = new()
    {
        {
            "a missing section",
            """
                [study]
                name = "t"
                [trial]
                template = "open"
                data = "data"
                [search]
                trials = 4
                [parameters]
                x = 1
                """,
            "missing section [objective]", 1, 1, 1
        },
        {
            "a missing [search] section",
            """
                [study]
                name = "t"
                [objective]
                metric = "val_accuracy"
                direction = "maximize"
                [trial]
                template = "open"
                data = "data"
                [parameters]
                x = 1
                """,
            "missing section [search]", 1, 1, 1
        },
        {
            "a missing [parameters] section",
            """
                [study]
                name = "t"
                [objective]
                metric = "val_accuracy"
                direction = "maximize"
                [trial]
                template = "open"
                data = "data"
                [search]
                trials = 4
                """,
            "missing section [parameters]", 1, 1, 1
        },
        {
            "an unknown section",
            Manifests.Core + """
                [parameters]
                x = 1
                [studdy]
                seed = 1
                """,
            "unknown key 'studdy' at the top level; did you mean 'study'?", 13, 2, 1
        },
        {
            "an unknown key in [study]",
            """
                [study]
                name = "t"
                nmae = "u"
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
            "unknown key 'nmae' in [study]; did you mean 'name'?", 3, 1, 1
        },
        {
            "a study name that is no folder name",
            """
                [study]
                name = "my study"
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
            "cannot be the study's folder name", 2, 8, 1
        },
        {
            "a seed given as a string",
            """
                [study]
                name = "t"
                seed = "42"
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
            "expected an integer, got string \"42\"", 3, 8, 1
        },
        {
            "an empty output folder",
            """
                [study]
                name = "t"
                output = ""
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
            "must name a folder", 3, 10, 1
        },
        {
            "a misspelt direction",
            """
                [study]
                name = "t"
                [objective]
                metric = "val_accuracy"
                direction = "maximise"
                [trial]
                template = "open"
                data = "data"
                [search]
                trials = 4
                [parameters]
                x = 1
                """,
            "did you mean 'maximize'?", 5, 13, 1
        },
        {
            "a missing metric",
            """
                [study]
                name = "t"
                [objective]
                direction = "maximize"
                [trial]
                template = "open"
                data = "data"
                [search]
                trials = 4
                [parameters]
                x = 1
                """,
            "missing required key 'metric'", 3, 2, 1
        },
        {
            "a section that is not a table",
            """
                study = "x"
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
            "expected a table [study], got string \"x\"", 1, 9, 1
        },
    };
}
