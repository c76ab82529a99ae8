using System.Diagnostics;

namespace DotnetTune.Integration.Tests.Support;

/// <summary>Runs the built tool (dotnet-tune.dll beside the tests) as a child process.</summary>
public static class ToolProcess
{
    public static string ToolAssembly => Path.Combine(AppContext.BaseDirectory, "dotnet-tune.dll");

    public static Task<ProcessOutcome> RunToolAsync(string workingDirectory, params string[] arguments) =>
        RunAsync("dotnet", workingDirectory, TimeSpan.FromMinutes(8), [ToolAssembly, .. arguments]);

    public static async Task<ProcessOutcome> RunAsync(
        string program,
        string workingDirectory,
        TimeSpan timeout,
        IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} ran past {timeout}");
        }

        return new ProcessOutcome(process.ExitCode, await stdout, await stderr);
    }
}

public sealed record ProcessOutcome(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
