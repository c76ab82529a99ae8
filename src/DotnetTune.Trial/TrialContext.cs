using System.Diagnostics;
using DotnetTune.Trial.Metrics;
using TorchSharp;
using static TorchSharp.torch;

namespace DotnetTune.Trial;

/// <summary>
/// Everything a trial needs from the tool: its config, a seeded random source, the device, and
/// the reporter that writes its metrics. <see cref="Load"/> also seeds torch and sets its threads.
/// </summary>
public sealed class TrialContext
{
    private readonly long _startedAt;

    private TrialContext(TrialConfig config, Device device, MetricsReporter metrics, long startedAt)
    {
        Config = config;
        Device = device;
        Metrics = metrics;
        Random = new Random(unchecked((int)config.Seed ^ (int)(config.Seed >> 32)));
        _startedAt = startedAt;
    }

    public TrialConfig Config { get; }

    public TrialParameters Parameters => Config.Parameters;

    public Device Device { get; }

    /// <summary>
    /// Seeded from the config's seed, for shuffling and other choices outside torch.
    /// </summary>
    public Random Random { get; }

    public MetricsReporter Metrics { get; }

    public int Epochs => Config.Epochs;

    /// <summary>
    /// Time since the trial started, which <see cref="TrialRunner"/> counts from the start of Main.
    /// </summary>
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_startedAt);

    /// <summary>
    /// Reads the config (the first argument, else trial.json in the current folder), sets torch's
    /// threads, seeds torch and picks the device. Throws <see cref="TrialException"/> on a bad
    /// config (exit code 2) or a CUDA config on a machine without CUDA (exit code 3).
    /// </summary>
    public static TrialContext Load(string[] args) =>
        Load(args, Stopwatch.GetTimestamp(), Console.Out);

    internal static TrialContext Load(string[] args, long startedAt, TextWriter metricsOutput)
    {
        var path = args.Length > 0 ? args[0] : TrialConfigReader.DefaultFileName;
        var config = TrialConfigReader.Read(path);
        OpenMpWaiting.PreferPassive();
        SetThreads(config.Threads);
        torch.manual_seed(config.Seed);
        var device = SelectDevice(config);
        Console.WriteLine($"trial {config.TrialId}: seed {config.Seed}, "
            + $"device {config.Device}, threads {torch.get_num_threads()}, {config.Epochs} epochs");
        return new TrialContext(config, device, new MetricsReporter(metricsOutput), startedAt);
    }

    public double GetDouble(string name) => Parameters.GetDouble(name);

    public int GetInt(string name) => Parameters.GetInt(name);

    public long GetLong(string name) => Parameters.GetLong(name);

    public string GetString(string name) => Parameters.GetString(name);

    public bool GetBool(string name) => Parameters.GetBool(name);

    public string GetChoice(string name, params string[] choices) =>
        Parameters.GetChoice(name, choices);

    private static void SetThreads(int? threads)
    {
        if (threads is not { } count)
        {
            return;
        }

        torch.set_num_threads(count);
        try
        {
            torch.set_num_interop_threads(count);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // Torch allows this only before its first parallel work; the intra-op count above
            // is the one that matters for training speed.
            Console.Error.WriteLine($"could not set torch's inter-op threads: {error.Message}");
        }
    }

    private static Device SelectDevice(TrialConfig config)
    {
        var wantsCuda = config.Device.StartsWith("cuda", StringComparison.Ordinal);
        if (wantsCuda && !torch.cuda.is_available())
        {
            throw new TrialException(
                $"{config.Path}: device is \"{config.Device}\" but this machine has no CUDA",
                TrialExitCodes.DeviceUnavailable);
        }

        return torch.device(config.Device);
    }
}
