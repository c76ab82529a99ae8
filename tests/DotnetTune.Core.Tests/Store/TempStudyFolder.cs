namespace DotnetTune.Tests.Store;

/// <summary>A new folder under the temp folder, deleted with its files on dispose.</summary>
internal sealed class TempStudyFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(
        System.IO.Path.GetTempPath(),
        "dotnet-tune-store-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => System.IO.Path.Combine(Path, "study.db");

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
