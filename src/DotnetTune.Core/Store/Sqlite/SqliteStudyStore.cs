using Microsoft.Data.Sqlite;

namespace DotnetTune.Store.Sqlite;

/// <summary>
/// The study store in one SQLite file. Every write is one short transaction that is synced to
/// disk before the call returns, so a killed sweep keeps all it reported. WAL mode lets another
/// process (dotnet tune status) read while a sweep writes. Safe to use from several threads.
/// An epoch reported again (a resumed attempt) replaces the earlier report of that epoch.
/// </summary>
public sealed class SqliteStudyStore : IStudyStore
{
    public const string FileName = "study.db";

    private const string InterruptedReason = "the sweep stopped while this trial was running";

    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();

    public SqliteStudyStore(string databasePath)
    {
        DatabasePath = databasePath;
        var settings = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };

        _connection = new SqliteConnection(settings.ToString());
        try
        {
            _connection.Open();
            SqliteSchema.Prepare(_connection, databasePath);
            StoredStudy = Read(SqliteTrialReader.ReadStudy);
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    public string DatabasePath { get; }

    /// <summary>
    /// The study as the file holds it: null for a new file until <see cref="Open"/>. On a resume
    /// it keeps the manifest hash the study was created with.
    /// </summary>
    public StudyInfo? StoredStudy { get; private set; }

    /// <summary>True after <see cref="Open"/> resumed a study made from another manifest.</summary>
    public bool ManifestChanged { get; private set; }

    /// <summary>
    /// Creates the study row, or on resume checks the name; a different manifest hash is not an
    /// error but sets <see cref="ManifestChanged"/> so the caller can warn.
    /// </summary>
    public void Open(StudyInfo study)
    {
        var stored = Write(transaction =>
        {
            if (SqliteTrialReader.ReadStudy(transaction) is { } existing)
            {
                return existing;
            }

            transaction.Execute(
                """
                INSERT INTO study (id, name, manifest_hash, strategy, created_at)
                VALUES (1, $name, $hash, $strategy, $created);
                """,
                ("$name", study.Name),
                ("$hash", study.ManifestHash),
                ("$strategy", study.Strategy),
                ("$created", SqliteValues.ToDb(study.CreatedAt)));
            return study;
        });

        if (stored.Name != study.Name)
        {
            throw new InvalidOperationException(
                $"{DatabasePath} holds study '{stored.Name}', not '{study.Name}'; "
                + "choose another output folder or study name.");
        }

        StoredStudy = stored;
        ManifestChanged = stored.ManifestHash != study.ManifestHash;
    }

    /// <summary>Stores the record as given (a new trial is Queued), with its epochs.</summary>
    public void AddTrial(TrialRecord trial) => Write(transaction =>
    {
        if (TrialExists(transaction, trial.Id))
        {
            throw new InvalidOperationException($"trial {trial.Id} is already in the study");
        }

        transaction.Execute(
            """
            INSERT INTO trials (id, number, repeat, seed, configuration, status, value, reason,
                                exit_code, started_at, ended_at, attempt)
            VALUES ($id, $number, $repeat, $seed, $configuration, $status, $value, $reason,
                    $exit, $started, $ended, $attempt);
            """,
            ("$id", trial.Id),
            ("$number", trial.Number),
            ("$repeat", trial.Repeat),
            ("$seed", trial.Seed),
            ("$configuration", trial.Configuration.ToJson()),
            ("$status", trial.Status.ToName()),
            ("$value", SqliteValues.ToDb(trial.Value)),
            ("$reason", trial.Reason),
            ("$exit", trial.ExitCode),
            ("$started", SqliteValues.ToDb(trial.StartedAt)),
            ("$ended", SqliteValues.ToDb(trial.EndedAt)),
            ("$attempt", trial.Attempt));

        foreach (var epoch in trial.Epochs)
        {
            ReplaceEpoch(transaction, trial.Id, epoch);
        }
    });

    /// <summary>Starts an attempt: clears what an earlier attempt ended with.</summary>
    public void MarkRunning(string trialId, DateTimeOffset startedAt, int attempt) =>
        UpdateTrial(
            trialId,
            """
            UPDATE trials SET status = $status, started_at = $started, attempt = $attempt,
                value = NULL, reason = NULL, exit_code = NULL, ended_at = NULL
            WHERE id = $id;
            """,
            ("$status", TrialStatus.Running.ToName()),
            ("$started", SqliteValues.ToDb(startedAt)),
            ("$attempt", attempt));

    public void AppendEpoch(string trialId, EpochMetrics metrics) => Write(transaction =>
    {
        if (!TrialExists(transaction, trialId))
        {
            throw UnknownTrial(trialId);
        }

        ReplaceEpoch(transaction, trialId, metrics);
    });

    public void Finish(string trialId, TrialOutcome outcome) =>
        UpdateTrial(
            trialId,
            """
            UPDATE trials SET status = $status, value = $value, reason = $reason,
                exit_code = $exit, ended_at = $ended
            WHERE id = $id;
            """,
            ("$status", outcome.Status.ToName()),
            ("$value", SqliteValues.ToDb(outcome.Value)),
            ("$reason", outcome.Reason),
            ("$exit", outcome.ExitCode),
            ("$ended", SqliteValues.ToDb(outcome.EndedAt)));

    public IReadOnlyList<TrialRecord> Trials() => Read(SqliteTrialReader.ReadTrials);

    public int MarkRunningAsInterrupted(DateTimeOffset at) =>
        Write(transaction => transaction.Execute(
            """
            UPDATE trials SET status = $interrupted, ended_at = $at, reason = $reason
            WHERE status = $running;
            """,
            ("$interrupted", TrialStatus.Interrupted.ToName()),
            ("$at", SqliteValues.ToDb(at)),
            ("$reason", InterruptedReason),
            ("$running", TrialStatus.Running.ToName())));

    /// <summary>Keeps a strategy's state (any JSON) under a key, replacing the old.</summary>
    public void SaveState(string key, string json) => Write(transaction => transaction.Execute(
        """
        INSERT INTO strategy_state (key, json) VALUES ($key, $json)
        ON CONFLICT (key) DO UPDATE SET json = excluded.json;
        """,
        ("$key", key),
        ("$json", json)));

    /// <summary>The JSON saved under the key, or null.</summary>
    public string? LoadState(string key) => Read(transaction =>
    {
        using var command = transaction.Command(
            "SELECT json FROM strategy_state WHERE key = $key;",
            ("$key", key));
        return command.ExecuteScalar() as string;
    });

    public void Dispose()
    {
        lock (_lock)
        {
            _connection.Dispose();
        }
    }

    private static void ReplaceEpoch(
        SqliteTransaction transaction,
        string trialId,
        EpochMetrics epoch)
    {
        transaction.Execute(
            "DELETE FROM epoch_metrics WHERE trial_id = $id AND epoch = $epoch;",
            ("$id", trialId),
            ("$epoch", epoch.Epoch));

        var position = 0;
        foreach (var (name, value) in epoch.Values)
        {
            transaction.Execute(
                """
                INSERT INTO epoch_metrics (trial_id, epoch, position, name, value)
                VALUES ($id, $epoch, $position, $name, $value);
                """,
                ("$id", trialId),
                ("$epoch", epoch.Epoch),
                ("$position", position++),
                ("$name", name),
                ("$value", SqliteValues.ToDb(value)));
        }
    }

    private static bool TrialExists(SqliteTransaction transaction, string trialId)
    {
        using var command = transaction.Command(
            "SELECT 1 FROM trials WHERE id = $id;",
            ("$id", trialId));
        return command.ExecuteScalar() is not null;
    }

    private static KeyNotFoundException UnknownTrial(string trialId) =>
        new($"trial {trialId} is not in the study");

    private void UpdateTrial(
        string trialId,
        string sql,
        params (string Name, object? Value)[] values)
    {
        Write(transaction =>
        {
            if (transaction.Execute(sql, [.. values, ("$id", trialId)]) == 0)
            {
                throw UnknownTrial(trialId);
            }
        });
    }

    private void Write(Action<SqliteTransaction> write) => Write(transaction =>
    {
        write(transaction);
        return true;
    });

    // An immediate transaction takes the write lock up front, so it waits on the busy timeout
    // instead of failing halfway when another process writes.
    private T Write<T>(Func<SqliteTransaction, T> write)
    {
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            var result = write(transaction);
            transaction.Commit();
            return result;
        }
    }

    // A deferred transaction in WAL mode reads one consistent snapshot without blocking writers.
    private T Read<T>(Func<SqliteTransaction, T> read)
    {
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction(deferred: true);
            return read(transaction);
        }
    }
}
