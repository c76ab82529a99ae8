using DotnetTune.Space;
using DotnetTune.Store;
using static DotnetTune.Tests.Store.StoreSamples;

namespace DotnetTune.Tests.Store;

/// <summary>What every IStudyStore does; each implementation runs them in a subclass.</summary>
public abstract class StudyStoreContractTests : IDisposable
{
    private readonly Lazy<IStudyStore> _store;

    protected StudyStoreContractTests()
    {
        _store = new Lazy<IStudyStore>(() =>
        {
            var store = CreateStore();
            store.Open(Study());
            return store;
        });
    }

    private IStudyStore Store => _store.Value;

    public virtual void Dispose()
    {
        if (_store.IsValueCreated)
        {
            _store.Value.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    protected abstract IStudyStore CreateStore();

    [Fact]
    public void AddTrial_EveryFieldAndValueKind_ReadsBackTheSame()
    {
        var trial = Full();

        Store.AddTrial(trial);

        var read = Store.Trials().ShouldHaveSingleItem();
        read.ShouldMatch(trial);
        read.Configuration["momentum"].AsDouble().ShouldBe(0.9);
        read.Configuration["batch_size"].AsLong().ShouldBe(64L);
        read.Configuration["scale"].Kind.ShouldBe(ValueKind.Float);
        read.Value.ShouldBe(0.1 + 0.2);
    }

    [Fact]
    public void AppendEpoch_NaNAndInfinities_ReadBackExactly()
    {
        Store.AddTrial(Queued("0000"));
        var epoch = Epoch(1, ("loss", double.NaN), ("grad", double.PositiveInfinity),
            ("score", double.NegativeInfinity), ("tiny", double.Epsilon));

        Store.AppendEpoch("0000", epoch);

        var values = Store.Trials()[0].Epochs.ShouldHaveSingleItem().Values;
        double.IsNaN(values["loss"]).ShouldBeTrue();
        values["grad"].ShouldBe(double.PositiveInfinity);
        values["score"].ShouldBe(double.NegativeInfinity);
        values["tiny"].ShouldBe(double.Epsilon);
        values.Keys.ShouldBe(["loss", "grad", "score", "tiny"]);
    }

    [Fact]
    public void Finish_NaNValue_ReadsBackNaNNotMissing()
    {
        Store.AddTrial(Queued("0000"));

        Store.Finish("0000", Outcome(TrialStatus.Failed, double.NaN, 1, "diverged"));

        var trial = Store.Trials()[0];
        trial.Value.ShouldNotBeNull();
        double.IsNaN(trial.Value.Value).ShouldBeTrue();
    }

    [Fact]
    public void AppendEpoch_OutOfOrderAndRepeated_OrderedByEpochWithLatestReport()
    {
        Store.AddTrial(Queued("0000"));

        Store.AppendEpoch("0000", Epoch(2, ("loss", 2.0)));
        Store.AppendEpoch("0000", Epoch(1, ("loss", 1.0)));
        Store.AppendEpoch("0000", Epoch(2, ("acc", 0.5), ("loss", 0.2)));

        var epochs = Store.Trials()[0].Epochs;
        epochs.Select(e => e.Epoch).ShouldBe([1, 2]);
        epochs[1].Values.Select(v => (v.Key, v.Value)).ShouldBe([("acc", 0.5), ("loss", 0.2)]);
    }

    [Fact]
    public void Trials_AddedOutOfIdOrder_KeepInsertionOrder()
    {
        string[] ids = ["0002", "0000-r1", "0010", "0001"];

        foreach (var (id, number) in ids.Select((id, i) => (id, i)))
        {
            Store.AddTrial(Queued(id, number));
        }

        Store.Trials().Select(t => t.Id).ShouldBe(ids);
    }

    [Fact]
    public void MarkRunningThenFinish_Completed_RecordsTheOutcome()
    {
        Store.AddTrial(Queued("0000"));

        Store.MarkRunning("0000", Start, attempt: 1);
        var running = Store.Trials()[0];
        Store.Finish("0000", Outcome(TrialStatus.Completed, 0.97, seconds: 90));

        running.Status.ShouldBe(TrialStatus.Running);
        running.StartedAt.ShouldBe(Start);
        var done = Store.Trials()[0];
        done.Status.ShouldBe(TrialStatus.Completed);
        done.Value.ShouldBe(0.97);
        done.ExitCode.ShouldBe(0);
        done.Attempt.ShouldBe(1);
        done.DurationSeconds.ShouldBe(90);
    }

    [Fact]
    public void MarkRunning_AfterAnEndedAttempt_ClearsTheOldOutcome()
    {
        Store.AddTrial(Queued("0000"));
        Store.MarkRunning("0000", Start, attempt: 1);
        Store.Finish("0000", Outcome(TrialStatus.Failed, 1.5, 134, "crashed", seconds: 5));

        Store.MarkRunning("0000", Start.AddMinutes(1), attempt: 2);

        var trial = Store.Trials()[0];
        trial.ShouldMatch(Queued("0000") with
        {
            Status = TrialStatus.Running,
            StartedAt = Start.AddMinutes(1),
            Attempt = 2,
        });
    }

    [Fact]
    public void MarkRunningAsInterrupted_SomeRunning_FlipsOnlyThoseAndCountsThem()
    {
        Store.AddTrial(Queued("0000"));
        Store.AddTrial(Queued("0001", 1));
        Store.AddTrial(Queued("0002", 2));
        Store.MarkRunning("0000", Start, 1);
        Store.MarkRunning("0002", Start, 1);
        var at = Start.AddHours(1);

        var count = Store.MarkRunningAsInterrupted(at);

        count.ShouldBe(2);
        var trials = Store.Trials();
        trials.Select(t => t.Status)
            .ShouldBe([TrialStatus.Interrupted, TrialStatus.Queued, TrialStatus.Interrupted]);
        trials[0].EndedAt.ShouldBe(at);
        trials[0].Reason.ShouldNotBeNullOrWhiteSpace();
        Store.MarkRunningAsInterrupted(at).ShouldBe(0);
    }

    [Fact]
    public void AddTrial_DuplicateId_ThrowsAndKeepsTheFirst()
    {
        Store.AddTrial(Queued("0000"));

        var error = Should.Throw<InvalidOperationException>(
            () => Store.AddTrial(Full() with { Id = "0000" }));

        error.Message.ShouldContain("0000");
        Store.Trials().ShouldHaveSingleItem().ShouldMatch(Queued("0000"));
    }

    [Fact]
    public void MarkRunningAppendEpochFinish_UnknownTrial_Throw()
    {
        Should.Throw<KeyNotFoundException>(() => Store.MarkRunning("9999", Start, 1));
        Should.Throw<KeyNotFoundException>(() => Store.AppendEpoch("9999", Epoch(1, ("x", 1.0))));
        Should.Throw<KeyNotFoundException>(
            () => Store.Finish("9999", Outcome(TrialStatus.Completed, 1)));
        Store.Trials().ShouldBeEmpty();
    }

    [Fact]
    public void AppendEpoch_CallerChangesItsDictionaryAfterwards_StoredMetricsUnchanged()
    {
        Store.AddTrial(Queued("0000"));
        var values = new Dictionary<string, double> { ["loss"] = 1.0 };

        Store.AppendEpoch("0000", new EpochMetrics(1, values));
        values["loss"] = 99.0;

        Store.Trials()[0].Epochs[0].Values["loss"].ShouldBe(1.0);
    }
}
