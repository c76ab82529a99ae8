using DotnetTune.Manifest;
using DotnetTune.Reporting;
using DotnetTune.Store;
using DotnetTune.Strategies;
using DotnetTune.Sweeps;
using DotnetTune.Templates;
using DotnetTune.Tool.Output;
using DotnetTune.Trials;

namespace DotnetTune.Tool.Commands;

/// <summary>
/// `dotnet tune run`: runs (or resumes) the study of a manifest, then writes summary.json and
/// report.md. Ctrl+C and SIGTERM stop it gracefully; running it again resumes.
/// </summary>
public sealed class RunCommand(CommandContext context)
{
    public async Task<int> ExecuteAsync(ParsedArguments arguments)
    {
        var assets = ToolAssets.Default;
        var manifestPath = arguments.ManifestOrDefault(context.WorkingDirectory);
        var manifest = ManifestGate.Load(manifestPath, context, assets);
        var device = ResolveDevice(manifest, manifestPath);
        var template = LoadTemplate(manifest, assets);
        TemplateGate.Check(template, manifest, assets, device, manifestPath, context);
        var layout = new StudyLayout(manifest.StudyDirectory);
        PrepareFolder(layout, arguments.Fresh, manifestPath);
        using var studyLock = StudyLock.Acquire(layout);
        using var store = StudyStoreGate.Open(layout, manifest, manifestPath, context);

        using var stopping = new CancellationTokenSource();
        using var signals = StopSignals.Register(stopping, context.Error);
        WarnAboutCores(manifest);
        var display = ProgressFactory.Create(arguments.Plain, context, manifest);
        var strategy = StrategyFactory.Create(manifest.Search, manifest.Space);
        var setup = new SweepSetup(
            manifest, template, assets, store, strategy, device, display.Observer, TimeProvider.System);
        display.Observer.OnNote($"study {manifest.Study.Name}: {manifest.Search.Strategy} search, " +
                                $"budget {manifest.Search.Trials}, {manifest.Search.Parallel} at a time, " +
                                $"{setup.ThreadsPerTrial} thread(s) each, device {device}");
        var result = await RunSweepAsync(new Sweep(setup), display, stopping.Token).ConfigureAwait(false);

        var results = new StudyResults(manifest, store.Trials(), device, setup.ThreadsPerTrial, result.StopReason,
            StrategyNotes.For(manifest, store.Trials()), ToolVersion.Current, result.WallTime);
        SummaryWriter.Write(results, layout.Summary);
        ReportWriter.Write(results, layout.Report, context.WorkingDirectory);
        FinalWords.Print(context, results, layout, result);
        return ExitCode(results, result);
    }

    private void PrepareFolder(StudyLayout layout, bool fresh, string manifestPath)
    {
        if (fresh && StudyLock.IsHeld(layout))
        {
            StudyLock.Acquire(layout).Dispose();
        }

        try
        {
            if (fresh)
            {
                StudyArchive.SetAside(layout, context.Output);
            }

            Directory.CreateDirectory(layout.Directory);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            var location = ManifestLocator.Find(manifestPath, "study", "output");
            throw new UserFacingException(
                $"{ManifestGate.DisplayName(manifestPath, context)}{location}: error: study.output: " +
                $"cannot use {layout.Directory} as the study's folder: {problem.Message}");
        }
    }

    private void WarnAboutCores(TuneManifest manifest)
    {
        var cores = Environment.ProcessorCount;
        var wanted = manifest.Search.Parallel * (manifest.Trial.Threads ?? 1);
        if (wanted > cores)
        {
            context.Error.WriteLine(
                $"warning: parallel = {manifest.Search.Parallel} with {manifest.Trial.Threads ?? 1} thread(s) " +
                "each asks " +
                $"for {wanted} cores, and this machine has {cores}: trials will slow each other down");
        }
    }

    private static async Task<SweepResult> RunSweepAsync(Sweep sweep, IProgressDisplay display, CancellationToken token)
    {
        try
        {
            return await display.ShowWhileAsync(() => sweep.RunAsync(token)).ConfigureAwait(false);
        }
        catch (TemplateException problem)
        {
            throw new UserFacingException(problem.Message);
        }
    }

    private string ResolveDevice(TuneManifest manifest, string manifestPath)
    {
        var choice = DeviceResolver.Resolve(manifest.Trial.Device);
        if (choice.Error is not null)
        {
            var location = ManifestLocator.Find(manifestPath, "trial", "device");
            var file = ManifestGate.DisplayName(manifestPath, context);
            throw new UserFacingException($"{file}{location}: error: trial.device: {choice.Error}");
        }

        if (choice.Note is not null)
        {
            context.Output.WriteLine(choice.Note);
        }

        return choice.Device!;
    }

    private static TemplateInfo LoadTemplate(TuneManifest manifest, ToolAssets assets)
    {
        var missing = assets.Missing().ToList();
        if (missing.Count > 0)
        {
            throw new UserFacingException(
                $"error: this installation of dotnet-tune is incomplete; missing: {string.Join(", ", missing)}. " +
                "Reinstall the tool.");
        }

        if (manifest.TemplateInfo is { } loaded)
        {
            return loaded;
        }

        try
        {
            var catalog = new TemplateCatalog(assets.TemplatesDirectory);
            var directory = catalog.Resolve(manifest.Trial.Template, manifest.Directory)
                            ?? throw new UserFacingException($"error: template '{manifest.Trial.Template}' not found");
            return TemplateCatalog.Load(directory);
        }
        catch (TemplateException problem)
        {
            throw new UserFacingException(problem.Message);
        }
    }

    private static int ExitCode(StudyResults results, SweepResult sweep)
    {
        if (sweep.Interrupted)
        {
            return ExitCodes.Interrupted;
        }

        if (sweep.SetupFailed)
        {
            return ExitCodes.UsageError;
        }

        return sweep.StoppedOnFailures || results.Best is null ? ExitCodes.SweepFailed : ExitCodes.Success;
    }
}
