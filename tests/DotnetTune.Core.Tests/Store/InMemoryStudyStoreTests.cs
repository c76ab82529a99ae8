using DotnetTune.Store;
using static DotnetTune.Tests.Store.StoreSamples;

namespace DotnetTune.Tests.Store;

public sealed class InMemoryStudyStoreContractTests : StudyStoreContractTests
{
    protected override IStudyStore CreateStore() => new InMemoryStudyStore();
}

public sealed class InMemoryStudyStoreTests
{
    [Fact]
    public void Open_AgainWithAnotherManifestHash_FlagsTheChangeAndKeepsTheFirst()
    {
        using var store = new InMemoryStudyStore();
        store.Open(Study("hash-1"));

        store.Open(Study("hash-2"));

        store.ManifestChanged.ShouldBeTrue();
        store.StoredStudy!.ManifestHash.ShouldBe("hash-1");
    }

    [Fact]
    public void Open_AgainWithAnotherName_Throws()
    {
        using var store = new InMemoryStudyStore();
        store.Open(Study());

        Should.Throw<InvalidOperationException>(() => store.Open(Study() with { Name = "other" }));
    }

    [Fact]
    public void SaveState_SameKeyTwice_LoadStateReturnsTheLatest()
    {
        using var store = new InMemoryStudyStore();

        store.SaveState("tpe", """{"n":1}""");
        store.SaveState("tpe", """{"n":2}""");

        store.LoadState("tpe").ShouldBe("""{"n":2}""");
        store.LoadState("gp").ShouldBeNull();
    }

    [Fact]
    public void AddTrialAndAppendEpoch_FromManyThreads_KeepsEveryWrite()
    {
        using var store = new InMemoryStudyStore();
        const int trials = 200;

        Parallel.For(0, trials, i =>
        {
            var id = i.ToString("D4");
            store.AddTrial(Queued(id, i));
            store.AppendEpoch(id, Epoch(1, ("loss", i)));
            store.AppendEpoch(id, Epoch(2, ("loss", i / 2.0)));
            _ = store.Trials();
        });

        var all = store.Trials();
        all.Count.ShouldBe(trials);
        all.ShouldAllBe(t => t.Epochs.Count == 2 && t.Epochs[0].Values["loss"] == t.Number);
    }
}
