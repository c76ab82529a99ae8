using DotnetTune.Manifest;
using Spectre.Console;

namespace DotnetTune.Tool.Output;

/// <summary>
/// Live progress on an interactive terminal; one plain line per event when output is
/// redirected, in CI, or with --plain.
/// </summary>
public static class ProgressFactory
{
    public static IProgressDisplay Create(bool plain, CommandContext context, TuneManifest manifest)
    {
        var interactive = !plain && !Console.IsOutputRedirected && ReferenceEquals(context.Output, Console.Out) &&
                          Environment.GetEnvironmentVariable("CI") is null &&
                          AnsiConsole.Profile.Capabilities.Interactive;
        return interactive ? new LiveDisplay(manifest) : new PlainDisplay(new PlainProgress(context.Output, manifest));
    }
}
