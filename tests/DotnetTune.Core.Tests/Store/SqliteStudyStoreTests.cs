using DotnetTune.Store;
using Microsoft.Data.Sqlite;
using static DotnetTune.Tests.Store.StoreSamples;

namespace DotnetTune.Tests.Store;

public sealed class SqliteStudyStoreTests : IDisposable
{
    private readonly TempStudyFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void OpenSqlite_NewFolder_CreatesStudyDbInIt()
    {
        using var store = StudyStores.OpenSqlite(_folder.Path);

        store.DatabasePath.ShouldBe(_folder.DatabasePath);
        File.Exists(_folder.DatabasePath).ShouldBeTrue();
        store.StoredStudy.ShouldBeNull();
    }

    [Fact]
    public void Open_NewFile_StoresTheStudy()
    {
        using (var store = StudyStores.OpenSqlite(_folder.Path))
        {
            store.Open(Study());
            store.ManifestChanged.ShouldBeFalse();
        }

        using var reopened = StudyStores.OpenSqlite(_folder.Path);
        reopened.StoredStudy.ShouldBe(Study());
    }

    [Fact]
    public void Reopen_AfterTheToolDied_TrialsPersistAndRunningBecomeInterrupted()
    {
        using (var first = StudyStores.OpenSqlite(_folder.Path))
        {
            first.Open(Study());
            first.AddTrial(Full());
            first.AddTrial(Queued("0004", 4));
            first.AddTrial(Queued("0005", 5));
            first.MarkRunning("0005", Start, 1);
            first.AppendEpoch("0005", Epoch(1, ("loss", double.NaN)));
        }

        using var resumed = StudyStores.OpenSqlite(_folder.Path);
        resumed.Open(Study());
        var count = resumed.MarkRunningAsInterrupted(Start.AddDays(1));

        count.ShouldBe(1);
        resumed.ManifestChanged.ShouldBeFalse();
        var trials = resumed.Trials();
        trials.Select(t => t.Id).ShouldBe(["0003-r1", "0004", "0005"]);
        trials[0].ShouldMatch(Full());
        trials[1].Status.ShouldBe(TrialStatus.Queued);
        trials[2].Status.ShouldBe(TrialStatus.Interrupted);
        double.IsNaN(trials[2].Epochs.ShouldHaveSingleItem().Values["loss"]).ShouldBeTrue();
    }

    [Fact]
    public void Open_ResumeWithAnotherManifestHash_FlagsTheChangeWithoutThrowing()
    {
        using (var first = StudyStores.OpenSqlite(_folder.Path))
        {
            first.Open(Study("hash-1"));
        }

        using var resumed = StudyStores.OpenSqlite(_folder.Path);
        resumed.Open(Study("hash-2"));

        resumed.ManifestChanged.ShouldBeTrue();
        resumed.StoredStudy.ShouldBe(Study("hash-1"));
    }

    [Fact]
    public void Open_ResumeWithAnotherStudyName_ThrowsNamingBoth()
    {
        using (var first = StudyStores.OpenSqlite(_folder.Path))
        {
            first.Open(Study());
        }

        using var resumed = StudyStores.OpenSqlite(_folder.Path);
        var error = Should.Throw<InvalidOperationException>(
            () => resumed.Open(Study() with { Name = "cifar" }));

        error.Message.ShouldContain("mnist-sweep");
        error.Message.ShouldContain("cifar");
    }

    [Fact]
    public void SaveState_ThenReopen_LoadStateReturnsTheLatest()
    {
        using (var store = StudyStores.OpenSqlite(_folder.Path))
        {
            store.SaveState("tpe", """{"observations":[1,2]}""");
            store.SaveState("tpe", """{"observations":[1,2,3]}""");
            store.SaveState("pbt", "{}");
        }

        using var reopened = StudyStores.OpenSqlite(_folder.Path);
        reopened.LoadState("tpe").ShouldBe("""{"observations":[1,2,3]}""");
        reopened.LoadState("pbt").ShouldBe("{}");
        reopened.LoadState("gp").ShouldBeNull();
    }

    [Fact]
    public void OpenSqlite_NewerSchemaVersion_ThrowsSayingToUpdateTheTool()
    {
        StudyStores.OpenSqlite(_folder.Path).Dispose();
        SetSchemaVersion(_folder.DatabasePath, 2);

        var error = Should.Throw<InvalidOperationException>(
            () => StudyStores.OpenSqlite(_folder.Path));

        error.Message.ShouldContain("newer dotnet-tune");
        error.Message.ShouldContain("version 2");
        error.Message.ShouldContain("dotnet tool update");
    }

    [Fact]
    public void OpenSqlite_NewFile_UsesWriteAheadLogging()
    {
        StudyStores.OpenSqlite(_folder.Path).Dispose();

        using var connection = Connect(_folder.DatabasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        command.ExecuteScalar().ShouldBe("wal");
    }

    private static void SetSchemaVersion(string path, int version)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE schema_version SET version = $v;";
        command.Parameters.AddWithValue("$v", version);
        command.ExecuteNonQuery();
    }

    private static SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }
}
