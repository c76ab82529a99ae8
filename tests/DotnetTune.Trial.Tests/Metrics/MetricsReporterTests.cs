using System.Text.Json;
using DotnetTune.Trial.Metrics;

namespace DotnetTune.Trial.Tests.Metrics;

public sealed class MetricsReporterTests
{
    private readonly StringWriter _output = new();

    [Fact]
    public void ReportEpoch_Metrics_WritesOneJsonObjectLine()
    {
        new MetricsReporter(_output).ReportEpoch(2, ("train_loss", 0.31), ("val_accuracy", 0.92));

        _output.ToString().ShouldBe(
            """{"epoch":2,"train_loss":0.31,"val_accuracy":0.92}""" + Environment.NewLine);
    }

    [Fact]
    public void ReportEpoch_NonFiniteNumbers_WritesThemAsStrings()
    {
        new MetricsReporter(_output).ReportEpoch(
            1,
            ("train_loss", double.NaN),
            ("val_loss", double.PositiveInfinity),
            ("lr", double.NegativeInfinity));

        var line = JsonDocument.Parse(_output.ToString()).RootElement;
        line.GetProperty("train_loss").GetString().ShouldBe("NaN");
        line.GetProperty("val_loss").GetString().ShouldBe("Infinity");
        line.GetProperty("lr").GetString().ShouldBe("-Infinity");
    }

    [Fact]
    public void ReportEpoch_SmallNumber_KeepsItsPrecision()
    {
        new MetricsReporter(_output).ReportEpoch(3, ("lr", 3.947789809194413E-08));

        var line = JsonDocument.Parse(_output.ToString()).RootElement;
        line.GetProperty("lr").GetDouble().ShouldBe(3.947789809194413E-08);
    }

    [Fact]
    public void ReportFinished_Seconds_WritesTheFinishedEvent()
    {
        new MetricsReporter(_output).ReportFinished(4.56789);

        _output.ToString().ShouldBe(
            """{"event":"finished","seconds":4.568}""" + Environment.NewLine);
    }

    [Fact]
    public void ReportEpoch_TwoEpochs_WritesTwoLines()
    {
        var reporter = new MetricsReporter(_output);

        reporter.ReportEpoch(1, ("train_loss", 0.5));
        reporter.ReportEpoch(2, ("train_loss", 0.4));

        _output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("epoch").GetInt32())
            .ShouldBe([1, 2]);
    }
}
