using DotnetTune.Manifest;

namespace DotnetTune.Trials;

/// <summary>
/// Turns the manifest's device request into the device trials run on. `cuda` where no CUDA
/// device is usable is an error; `auto` falls back to the CPU and says so.
/// </summary>
public static class DeviceResolver
{
    private const string DriverVersionFile = "/proc/driver/nvidia/version";

    public static DeviceChoice Resolve(DeviceRequest request, Func<bool>? cudaProbe = null)
    {
        var cudaUsable = (cudaProbe ?? HasNvidiaDriver)();
        return request switch
        {
            DeviceRequest.Cpu => new DeviceChoice("cpu", null, null),
            DeviceRequest.Cuda when cudaUsable => new DeviceChoice("cuda", null, null),
            DeviceRequest.Cuda => new DeviceChoice(null, null,
                "device = \"cuda\" but no CUDA device is usable here (no NVIDIA driver: " +
                $"{DriverVersionFile} is missing); use device = \"cpu\", or \"auto\" to take a GPU when there is one"),
            _ when cudaUsable => new DeviceChoice(
                "cuda", "device auto: an NVIDIA GPU is present, trials run on cuda", null),
            _ => new DeviceChoice("cpu", "device auto: no CUDA device found, trials run on cpu", null),
        };
    }

    private static bool HasNvidiaDriver() => File.Exists(DriverVersionFile);
}

/// <param name="Device">"cpu" or "cuda", or null when the request cannot be met.</param>
/// <param name="Note">A line to tell the user, e.g. that auto fell back to the CPU.</param>
/// <param name="Error">Why the request cannot be met.</param>
public sealed record DeviceChoice(string? Device, string? Note, string? Error);
