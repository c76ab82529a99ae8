using System.Text.RegularExpressions;

namespace DotnetTune.Manifest.Sections;

/// <summary>Reads [study]: name, seed and output.</summary>
internal static partial class StudySection
{
    public const string DefaultOutput = "tune-out";

    public static StudySettings? Read(TableReader study, string manifestDirectory)
    {
        var name = ReadName(study);
        var seed = study.Integer("seed") ?? 0;
        var output = ReadOutput(study, manifestDirectory);
        study.ReportUnknownKeys(ManifestKeys.Study);
        return name is null || output is null ? null : new StudySettings(name, seed, output);
    }

    private static string? ReadName(TableReader study)
    {
        var name = study.String("name", required: true);
        if (name is null)
        {
            return null;
        }

        if (!FolderName().IsMatch(name) || name is "." or "..")
        {
            study.Error(study.Entry("name")!,
                $"\"{name}\" cannot be the study's folder name: use 1 to 100 letters, digits, " +
                "'.', '_' or '-'");
            return null;
        }

        if (name == Trials.StudyLayout.BuildsFolderName)
        {
            study.Error(study.Entry("name")!,
                $"\"{name}\" is the folder where the studies of an output folder keep their builds; " +
                "choose another name");
            return null;
        }

        return name;
    }

    private static string? ReadOutput(TableReader study, string manifestDirectory)
    {
        var output = study.String("output") ?? (study.Entry("output") is null ? DefaultOutput : null);
        if (output is null)
        {
            return null;
        }

        if (output.Trim().Length == 0 || output.Contains('\0'))
        {
            study.Error(study.Entry("output")!, "must name a folder, got an empty path");
            return null;
        }

        return Path.GetFullPath(output, manifestDirectory);
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex FolderName();
}
