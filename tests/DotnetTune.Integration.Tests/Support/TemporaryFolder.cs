namespace DotnetTune.Integration.Tests.Support;

/// <summary>A fresh folder under the system's temp folder, deleted when disposed.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        var name = Guid.NewGuid().ToString("N")[..12];
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dotnet-tune-tests", name);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A trial process may still hold a file for a moment; the temp folder is cleaned later.
        }
    }
}
