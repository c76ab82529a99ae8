namespace DotnetTune.Integration.Tests.Support;

/// <summary>
/// A study of the `behaving` fixture template, whose trials do what their `mode` says (finish,
/// crash, diverge, hang, fail once...), written into a temporary folder.
/// </summary>
public static class BehavingStudy
{
    public static string Write(TemporaryFolder folder, string name, IEnumerable<string> modes, string searchExtra = "",
        string timeout = "60s")
    {
        FixtureTemplates.CopyInto(folder.Path, "behaving");
        var values = string.Join(", ", modes.Select(m => $"\"{m}\""));
        return folder.Write("Tune.toml", $"""
            [study]
            name = "{name}"

            [objective]
            metric = "score"
            direction = "maximize"

            [search]
            strategy = "grid"
            {searchExtra}

            [trial]
            template = "templates/behaving"
            device = "cpu"
            epochs = 1
            timeout = "{timeout}"
            data = "{RepoPaths.Samples}"

            [parameters]
            mode = {"{"} type = "choice", values = [{values}] {"}"}
            """);
    }

    public static string StudyFolder(TemporaryFolder folder, string name) =>
        Path.Combine(folder.Path, "tune-out", name);
}
