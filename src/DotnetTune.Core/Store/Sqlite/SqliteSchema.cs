using Microsoft.Data.Sqlite;

namespace DotnetTune.Store.Sqlite;

/// <summary>Creates the tables of a new study.db and refuses one written by a newer tool.</summary>
internal static class SqliteSchema
{
    public const int CurrentVersion = 1;

    // A metric or trial value column holds a REAL, or the text 'NaN' (see SqliteValues).
    private const string CreateTables = """
        CREATE TABLE study (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            manifest_hash TEXT NOT NULL,
            strategy TEXT NOT NULL,
            created_at TEXT NOT NULL);
        CREATE TABLE trials (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            number INTEGER NOT NULL,
            repeat INTEGER NOT NULL,
            seed INTEGER NOT NULL,
            configuration TEXT NOT NULL,
            status TEXT NOT NULL,
            value REAL,
            reason TEXT,
            exit_code INTEGER,
            started_at TEXT,
            ended_at TEXT,
            attempt INTEGER NOT NULL);
        CREATE TABLE epoch_metrics (
            trial_id TEXT NOT NULL REFERENCES trials (id),
            epoch INTEGER NOT NULL,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            value REAL NOT NULL,
            PRIMARY KEY (trial_id, epoch, name));
        CREATE TABLE strategy_state (
            key TEXT PRIMARY KEY,
            json TEXT NOT NULL);
        """;

    /// <summary>
    /// Sets the connection up for one writer and many readers across processes (WAL, a busy
    /// timeout, a sync at every commit), then checks the tables' version or creates them.
    /// </summary>
    public static void Prepare(SqliteConnection connection, string path)
    {
        Pragma(connection, "PRAGMA busy_timeout = 10000;");
        Pragma(connection, "PRAGMA journal_mode = WAL;");
        Pragma(connection, "PRAGMA synchronous = FULL;");
        Pragma(connection, "PRAGMA foreign_keys = ON;");

        // Reading the version takes no lock, so `status` opens at once while a sweep writes.
        long? version;
        using (var read = connection.BeginTransaction(deferred: true))
        {
            version = ReadVersion(read);
        }

        Check(version ?? Create(connection), path);
    }

    private static long? ReadVersion(SqliteTransaction transaction)
    {
        using var exists = transaction.Command(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version';");
        if (exists.ExecuteScalar() is null)
        {
            return null;
        }

        using var read = transaction.Command("SELECT max(version) FROM schema_version;");
        return read.ExecuteScalar() as long?;
    }

    private static long Create(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        if (ReadVersion(transaction) is { } created)
        {
            return created;
        }

        transaction.Execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);");
        transaction.Execute(CreateTables);
        transaction.Execute(
            "INSERT INTO schema_version (version) VALUES ($v);",
            ("$v", CurrentVersion));
        transaction.Commit();
        return CurrentVersion;
    }

    private static void Check(long version, string path)
    {
        if (version > CurrentVersion)
        {
            throw new InvalidOperationException(
                $"{path} was written by a newer dotnet-tune (store schema version {version}); "
                + $"this one reads version {CurrentVersion}. Update the tool with "
                + "'dotnet tool update -g dotnet-tune' to open this study.");
        }

        if (version < CurrentVersion)
        {
            throw new InvalidOperationException(
                $"{path} has an unknown store schema version {version}; "
                + $"this dotnet-tune reads version {CurrentVersion}.");
        }
    }

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteScalar();
    }
}
