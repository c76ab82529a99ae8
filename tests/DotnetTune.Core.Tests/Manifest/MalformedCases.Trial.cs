namespace DotnetTune.Core.Tests.Manifest;

public static partial class MalformedCases
{
    /// <summary>[trial]: template, device, epochs, data, timeout, samples, validation share, threads.</summary>
    public static TheoryData<string, string, string, int, int, int> Trial { get; } = new()
    {
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
            "too few samples for the default validation share",
            """
                [study]
                name = "t"
                [objective]
                metric = "val_accuracy"
                direction = "maximize"
                [trial]
                template = "open"
                data = "data"
                samples = 2
                [search]
                trials = 4
                [parameters]
                x = 1
                """,
            "with samples = 2 and validation_fraction = 0.2 the validation set would be " +
            "empty",
            9, 11, 1
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
    };
}
