using DotnetTune.Manifest;
using DotnetTune.Reporting;
using DotnetTune.Sweeps;
using DotnetTune.Trials;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace DotnetTune.Tool.Output;

/// <summary>
/// A live table on an interactive terminal: one row per running trial (parameters, epoch,
/// latest objective value, elapsed time), the totals, the best so far and the latest notes.
/// </summary>
public sealed class LiveDisplay(TuneManifest manifest) : IProgressDisplay
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromMilliseconds(250);
    private readonly LiveState _state = new(manifest);

    public ISweepObserver Observer => _state;

    public async Task<T> ShowWhileAsync<T>(Func<Task<T>> work)
    {
        return await AnsiConsole.Live(Render()).AutoClear(false).StartAsync(async context =>
        {
            var task = work();
            while (await Task.WhenAny(task, Task.Delay(RefreshEvery)).ConfigureAwait(false) != task)
            {
                context.UpdateTarget(Render());
            }

            context.UpdateTarget(Render());
            return await task.ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    private IRenderable Render()
    {
        var (running, notes) = _state.Snapshot();
        var metric = manifest.Objective.Metric;
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("trial").AddColumn("epoch").AddColumn(Markup.Escape(metric))
            .AddColumn("elapsed").AddColumn("parameters");
        foreach (var trial in running)
        {
            var latest = trial.Latest is { } value ? ReportWriter.Number(value) : "-";
            var elapsed = Durations.Format(DateTime.UtcNow - trial.StartedAt);
            table.AddRow(trial.Id, trial.Epoch?.ToString() ?? "-", latest, elapsed, Markup.Escape(trial.Parameters));
        }

        var best = _state.Best is { } record
            ? $"best {Markup.Escape(metric)} = [green]{ReportWriter.Number(record.Value!.Value)}[/] (trial {record.Id})"
            : "no completed trial yet";
        var header = new Markup(
            $"[bold]{Markup.Escape(manifest.Study.Name)}[/]: {_state.Completed} completed, " +
            $"{_state.NotCompleted} not completed " +
            $"of {manifest.Search.Trials * manifest.Search.Repeats} · {best}");
        var lines = notes.Select(n => (IRenderable)new Markup($"[grey]{Markup.Escape(n)}[/]"));
        return new Rows(new IRenderable[] { header, table }.Concat(lines));
    }
}
