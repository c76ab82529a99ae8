namespace DotnetTune.Core.Tests.Manifest;

public static partial class MalformedCases
{
    /// <summary>[study], [objective], [trial] and the sections themselves.</summary>
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
        {
            "zero epochs",
            """
                [study]
                name = "t"
                [objective]
                metric = "val_accuracy"
                direction = "maximize"
                [trial]
                template = "open"
                data = "data"
                epochs = 0
                [search]
                trials = 4
                [parameters]
                x = 1
                """,
            "must be at least 1, got 0", 9, 10, 1
        },
        {
            "epochs written as a float",
            """
                [study]
                name = "t"
                [objective]
                metric = "val_accuracy"
                direction = "maximize"
                [trial]
                template = "open"
                data = "data"
                epochs = 2.0
                [search]
                trials = 4
                [parameters]
                x = 1
                """,
            "(write 2 without the decimal point)", 9, 10, 1
        },
        {
            "an unknown device",
            """
                [study]
                name = "t"
                [objective]
                metric = "val_accuracy"
                direction = "maximize"
                [trial]
                template = "open"
                data = "data"
                device = "gpu"
                [search]
                trials = 4
                [parameters]
                x = 1
                """,
            "\"gpu\" is not one of \"auto\", \"cpu\", \"cuda\"", 9, 10, 1
        },
        {
            "an unreadable timeout",
            """
                [study]
                name = "t"
                [objective]
                metric = "val_accuracy"
                direction = "maximize"
                [trial]
                template = "open"
                data = "data"
                timeout = "10 minutes"
                [search]
                trials = 4
                [parameters]
                x = 1
                """,
            "cannot use string \"10 minutes\" as a timeout", 9, 11, 1
        },
        {
            "a negative timeout in seconds",
            """
                [study]
                name = "t"
                [objective]
                metric = "val_accuracy"
                direction = "maximize"
                [trial]
                template = "open"
                data = "data"
                timeout = -5
                [search]
                trials = 4
                [parameters]
                x = 1
                """,
            "cannot use integer -5 as a timeout", 9, 11, 1
        },
        {
            "a validation fraction of 1.5",
            """
                [study]
                name = "t"
                [objective]
                metric = "val_accuracy"
                direction = "maximize"
                [trial]
                template = "open"
                data = "data"
                validation_fraction = 1.5
                [search]
                trials = 4
                [parameters]
                x = 1
                """,
            "must be between 0 and 1 (both excluded), got 1.5", 9, 23, 1
        },
        {
            "a validation set too small to hold a sample",
            """
                [study]
                name = "t"
                [objective]
                metric = "val_accuracy"
                direction = "maximize"
                [trial]
                template = "open"
                data = "data"
                samples = 10
                validation_fraction = 0.05
                [search]
                trials = 4
                [parameters]
                x = 1
                """,
            "the validation set would be empty", 10, 23, 1
        },
        {
            "a single sample",
            """
                [study]
                name = "t"
                [objective]
                metric = "val_accuracy"
                direction = "maximize"
                [trial]
                template = "open"
                data = "data"
                samples = 1
                [search]
                trials = 4
                [parameters]
                x = 1
                """,
            "must be at least 2, got 1", 9, 11, 1
        },
        {
            "zero threads",
            """
                [study]
                name = "t"
                [objective]
                metric = "val_accuracy"
                direction = "maximize"
                [trial]
                template = "open"
                data = "data"
                threads = 0
                [search]
                trials = 4
                [parameters]
                x = 1
                """,
            "must be at least 1, got 0", 9, 11, 1
        },
        {
            "a data folder that does not exist",
            """
                [study]
                name = "t"
                [objective]
                metric = "val_accuracy"
                direction = "maximize"
                [trial]
                template = "open"
                data = "nowhere"
                [search]
                trials = 4
                [parameters]
                x = 1
                """,
            "data folder not found: ", 8, 8, 1
        },
        {
            "an unknown template lists the built-in ones",
            """
                [study]
                name = "t"
                [objective]
                metric = "val_accuracy"
                direction = "maximize"
                [trial]
                template = "nope"
                data = "data"
                [search]
                trials = 4
                [parameters]
                x = 1
                """,
            "built-in: open, scratch", 7, 12, 1
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
    };
}
