using System.Runtime.InteropServices;

namespace DotnetTune.Trials;

/// <summary>
/// What a trial project builds against: one runtime identifier (so only this platform's
/// natives are restored and linked) and the libtorch package for the chosen device.
/// </summary>
public sealed record TrialRuntimeTarget(string RuntimeIdentifier, string LibTorchPackage, string Device)
{
    public const string TargetFramework = "net10.0";
    public const string TorchSharpVersion = "0.107.0";
    public const string LibTorchVersion = "2.10.0";

    /// <summary>The target for this machine and a resolved device ("cpu" or "cuda").</summary>
    public static TrialRuntimeTarget ForHost(string device)
    {
        var rid = RuntimeInformation.RuntimeIdentifier;
        var package = device == "cuda" ? $"libtorch-cuda-12.8-{rid}" : $"libtorch-cpu-{rid}";
        return new TrialRuntimeTarget(rid, package, device);
    }
}
