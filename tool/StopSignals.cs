using System.Runtime.InteropServices;

namespace DotnetTune.Tool;

/// <summary>
/// Ctrl+C and SIGTERM cancel the sweep instead of killing the tool, so running trials are
/// ended and recorded as interrupted and the report is still written.
/// </summary>
public sealed class StopSignals : IDisposable
{
    private readonly List<IDisposable> _registrations = [];

    private StopSignals()
    {
    }

    public static StopSignals Register(CancellationTokenSource stopping, TextWriter error)
    {
        var signals = new StopSignals();
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            signals._registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                if (!stopping.IsCancellationRequested)
                {
                    error.WriteLine("stopping: ending running trials; run the same command again to resume");
                    stopping.Cancel();
                }
            }));
        }

        return signals;
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }
}
