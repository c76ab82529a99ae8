using DotnetTune.Store;
using DotnetTune.Store.Sqlite;
using static DotnetTune.Tests.Store.StoreSamples;

namespace DotnetTune.Tests.Store;

/// <summary>A sweep and `dotnet tune status` share study.db through separate connections.</summary>
public sealed class SqliteConcurrencyTests : IDisposable
{
    private readonly TempStudyFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Trials_ReadWhileAnotherConnectionWrites_NoLockErrorsAndConsistentSnapshots()
    {
        using var writer = StudyStores.OpenSqlite(_folder.Path);
        writer.Open(Study());
        var progress = new ReadProgress();
        var writing = Task.Factory.StartNew(
            () => WriteUntilReaderSawProgress(writer, progress),
            TaskCreationOptions.LongRunning);
        progress.WriterStarted.Wait();

        using (var reader = StudyStores.OpenSqlite(_folder.Path))
        {
            while (!writing.IsCompleted)
            {
                var snapshot = reader.Trials();
                progress.Seen(snapshot.Count);
                snapshot.ShouldAllBe(t => t.Status != TrialStatus.Completed || t.Epochs.Count == 1);
            }
        }

        var written = await writing;
        progress.Counts.ShouldBe(progress.Counts.Order());
        progress.DistinctCounts.ShouldBeGreaterThanOrEqualTo(ReadProgress.Wanted);
        using var final = StudyStores.OpenSqlite(_folder.Path);
        final.Trials().Count.ShouldBe(written);
        final.Trials().ShouldAllBe(t => t.Status == TrialStatus.Completed && t.Epochs.Count == 1);
    }

    [Fact]
    public void AddTrial_TwoConnectionsWritingAtOnce_NoLockErrorsAndNothingLost()
    {
        using var first = StudyStores.OpenSqlite(_folder.Path);
        using var second = StudyStores.OpenSqlite(_folder.Path);
        first.Open(Study());

        Parallel.Invoke(
            () => AddMany(first, "a", 100),
            () => AddMany(second, "b", 100));

        var ids = first.Trials().Select(t => t.Id).ToList();
        ids.Count.ShouldBe(200);
        ids.Where(id => id.StartsWith('a')).ShouldBe(Ids("a", 100));
        ids.Where(id => id.StartsWith('b')).ShouldBe(Ids("b", 100));
    }

    [Fact]
    public void Writes_ReadFromASecondConnectionWhileTheFirstStaysOpen_AreAllThere()
    {
        using var writer = StudyStores.OpenSqlite(_folder.Path);
        writer.Open(Study());
        writer.AddTrial(Queued("0000"));
        writer.MarkRunning("0000", Start, 1);
        writer.AppendEpoch("0000", Epoch(1, ("loss", 0.5)));
        writer.Finish("0000", Outcome(TrialStatus.Completed, 0.5, seconds: 3));
        writer.SaveState("random", """{"drawn":1}""");

        using var reader = StudyStores.OpenSqlite(_folder.Path);

        reader.StoredStudy.ShouldBe(Study());
        reader.LoadState("random").ShouldBe("""{"drawn":1}""");
        reader.Trials().ShouldHaveSingleItem().ShouldMatch(writer.Trials()[0]);
        reader.Trials()[0].Status.ShouldBe(TrialStatus.Completed);
    }

    // Writes until the reader has seen the count change a few times, so the two really overlap
    // however fast the disk is; gives up after MaxTrials (and the test then fails).
    private static int WriteUntilReaderSawProgress(SqliteStudyStore store, ReadProgress progress)
    {
        var i = 0;
        for (; i < ReadProgress.MaxTrials && progress.DistinctCounts < ReadProgress.Wanted; i++)
        {
            var id = i.ToString("D4");
            store.AddTrial(Queued(id, i));
            progress.WriterStarted.Set();
            store.MarkRunning(id, Start, 1);
            store.AppendEpoch(id, Epoch(1, ("loss", 1.0 / (i + 1))));
            store.Finish(id, Outcome(TrialStatus.Completed, i, seconds: i));
        }

        return i;
    }

    private static IEnumerable<string> Ids(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => $"{prefix}{i:D4}");

    private static void AddMany(IStudyStore store, string prefix, int count)
    {
        foreach (var (id, number) in Ids(prefix, count).Select((id, i) => (id, i)))
        {
            store.AddTrial(Queued(id, number));
        }
    }

    private sealed class ReadProgress
    {
        public const int Wanted = 5;
        public const int MaxTrials = 2000;

        private int _distinctCounts;

        public ManualResetEventSlim WriterStarted { get; } = new();

        public List<int> Counts { get; } = [];

        public int DistinctCounts => Volatile.Read(ref _distinctCounts);

        public void Seen(int count)
        {
            if (Counts.Count == 0 || Counts[^1] != count)
            {
                Interlocked.Increment(ref _distinctCounts);
            }

            Counts.Add(count);
        }
    }
}
