using DotnetTune.Reporting;
using DotnetTune.Store;
using static DotnetTune.Core.Tests.Reporting.ReportFixtures;

namespace DotnetTune.Core.Tests.Reporting;

public sealed class ReportWriterTests
{
    [Fact]
    public void Render_Study_HasHeaderBestTopTableFailuresAndRerunCommand()
    {
        var results = Results([
            Trial("0000", 0, TrialStatus.Completed, 0.91, 0.001),
            Trial("0001", 1, TrialStatus.Failed, null, 0.5, "exited with code 1: boom | more"),
            Trial("0002", 2, TrialStatus.Completed, 0.95, 0.003),
        ]);

        var report = ReportWriter.Render(results, "/work");

        report.ShouldStartWith("# Tuning study `demo`");
        report.ShouldContain("| objective | maximize `val_accuracy` |");
        report.ShouldContain("| trials | 2 completed, 1 failed, 0 timed out, 0 pruned |");
        report.ShouldContain("| device | cpu, 2 thread(s) per trial, 1 at a time |");
        report.ShouldContain("Trial `0002`: **val_accuracy = 0.95**");
        report.ShouldContain("| 1 | `0002` | 0.95 | 0.003 | 30s |");
        report.ShouldContain("| 2 | `0000` | 0.91 | 0.001 | 30s |");
        report.ShouldContain("| `0001` | failed | exited with code 1: boom \\| more |");
        report.ShouldContain("cd tune-out/demo/trials/0002 && dotnet run -c Release");
    }

    [Fact]
    public void Render_RepeatsWithinNoise_ShowsMeanStdAndFlagsTheTie()
    {
        var results = Results([
            Trial("0000", 0, TrialStatus.Completed, 0.90, 0.001),
            Trial("0000-s1", 0, TrialStatus.Completed, 0.94, 0.001, repeat: 1),
            Trial("0001", 1, TrialStatus.Completed, 0.91, 0.002),
            Trial("0001-s1", 1, TrialStatus.Completed, 0.92, 0.002, repeat: 1),
        ], repeats: 2);

        var report = ReportWriter.Render(results, "/work");

        report.ShouldContain("**val_accuracy = 0.92** ± 0.02828 over 2 seeds");
        report.ShouldContain("| rank | trial | val_accuracy | std | learning_rate | duration |");
        report.ShouldContain("Within the noise");
    }
}
