namespace DotnetTune.Integration.Tests.Support;

/// <summary>Copies a template of the test fixtures into a test's folder, under templates/&lt;name&gt;.</summary>
public static class FixtureTemplates
{
    public static void CopyInto(string destination, string name)
    {
        var source = Path.Combine(RepoPaths.Fixtures, "templates", name);
        var target = Directory.CreateDirectory(Path.Combine(destination, "templates", name)).FullName;
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }
    }
}
