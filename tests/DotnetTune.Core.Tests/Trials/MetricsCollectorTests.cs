using DotnetTune.Trials;

namespace DotnetTune.Core.Tests.Trials;

public sealed class MetricsCollectorTests
{
    [Fact]
    public void Accept_EpochLine_ReturnsItsMetrics()
    {
        var collector = new MetricsCollector();

        var epoch = collector.Accept("""{"epoch":2,"train_loss":0.31,"val_accuracy":0.92}""");

        epoch.ShouldNotBeNull();
        epoch.Epoch.ShouldBe(2);
        epoch.Values["train_loss"].ShouldBe(0.31);
        epoch.Values["val_accuracy"].ShouldBe(0.92);
        collector.Epochs.Count.ShouldBe(1);
    }

    [Fact]
    public void Accept_NonFiniteStrings_BecomeDoubles()
    {
        var collector = new MetricsCollector();

        var epoch = collector.Accept("""{"epoch":1,"loss":"NaN","up":"Infinity","down":"-Infinity"}""")!;

        double.IsNaN(epoch.Values["loss"]).ShouldBeTrue();
        epoch.Values["up"].ShouldBe(double.PositiveInfinity);
        epoch.Values["down"].ShouldBe(double.NegativeInfinity);
    }

    [Theory]
    [InlineData("plain log text")]
    [InlineData("{ not json")]
    [InlineData("""{"loss":0.5}""")]
    [InlineData("[1,2]")]
    public void Accept_LinesThatAreNotEpochs_AreIgnored(string line)
    {
        var collector = new MetricsCollector();

        collector.Accept(line).ShouldBeNull();

        collector.Epochs.ShouldBeEmpty();
    }

    [Fact]
    public void Accept_FinishedEvent_RecordsOwnSeconds()
    {
        var collector = new MetricsCollector();

        collector.Accept("""{"event":"finished","seconds":3.5}""").ShouldBeNull();

        collector.OwnSeconds.ShouldBe(3.5);
    }
}
