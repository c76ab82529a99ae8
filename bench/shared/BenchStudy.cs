using System.Globalization;
using DotnetTune.Manifest;
using DotnetTune.Store;
using DotnetTune.Strategies;
using DotnetTune.Sweeps;
using DotnetTune.Templates;
using DotnetTune.Trials;

namespace DotnetTune.Bench;

/// <summary>
/// A study for a benchmark: a manifest written into a fresh temporary folder, loaded and run
/// through the tool's own sweep with an in-memory store.
/// </summary>
public static class BenchStudy
{
    public static string NewFolder(string benchmark)
    {
        var stamp = DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
        return Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), benchmark, stamp)).FullName;
    }

    public static TuneManifest Load(string folder, string name, string manifestText)
    {
        var path = Path.Combine(folder, name + ".toml");
        File.WriteAllText(path, manifestText);
        var assets = ToolAssets.Default;
        var catalog = new TemplateCatalog(assets.TemplatesDirectory);
        var environment = new ManifestEnvironment(catalog, assets.SamplesDirectory);
        var loaded = ManifestLoader.Load(path, environment);
        return loaded.Manifest ?? throw new InvalidOperationException(string.Join('\n', loaded.Diagnostics));
    }

    public static async Task<(SweepResult Result, IReadOnlyList<TrialRecord> Trials, int Threads)> RunAsync(
        TuneManifest manifest,
        ISweepObserver observer)
    {
        using var store = new InMemoryStudyStore();
        store.Open(new StudyInfo(manifest.Study.Name, "bench", manifest.Search.Strategy, DateTimeOffset.UtcNow));
        var strategy = StrategyFactory.Create(manifest.Search, manifest.Space);
        var setup = new SweepSetup(manifest, manifest.TemplateInfo!, ToolAssets.Default, store, strategy, "cpu",
            observer, TimeProvider.System);
        var result = await new Sweep(setup).RunAsync(CancellationToken.None).ConfigureAwait(false);
        return (result, store.Trials(), setup.ThreadsPerTrial);
    }
}
