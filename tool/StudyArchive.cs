using DotnetTune.Trials;

namespace DotnetTune.Tool;

/// <summary>`--fresh`: moves an existing study folder aside (never deletes it) so a new one starts.</summary>
public static class StudyArchive
{
    public static void SetAside(StudyLayout layout, TextWriter output)
    {
        if (!Directory.Exists(layout.Directory))
        {
            return;
        }

        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var target = $"{layout.Directory.TrimEnd('/')}.old-{stamp}";
        Directory.Move(layout.Directory, target);
        output.WriteLine($"--fresh: the previous study was moved to {target}");
    }
}
