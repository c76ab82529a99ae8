using DotnetTune.Space;
using Microsoft.Data.Sqlite;

namespace DotnetTune.Store.Sqlite;

/// <summary>Reads the study and its trials back as records, in the caller's transaction.</summary>
internal static class SqliteTrialReader
{
    private const string SelectTrials = """
        SELECT id, number, repeat, seed, configuration, status, value, reason, exit_code,
               started_at, ended_at, attempt
        FROM trials ORDER BY seq;
        """;

    private const string SelectMetrics = """
        SELECT m.trial_id, m.epoch, m.name, m.value
        FROM epoch_metrics m JOIN trials t ON t.id = m.trial_id
        ORDER BY t.seq, m.epoch, m.position;
        """;

    public static StudyInfo? ReadStudy(SqliteTransaction transaction)
    {
        using var command = transaction.Command(
            "SELECT name, manifest_hash, strategy, created_at FROM study WHERE id = 1;");
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new StudyInfo(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            SqliteValues.ReadTime(reader, 3)!.Value);
    }

    public static IReadOnlyList<TrialRecord> ReadTrials(SqliteTransaction transaction)
    {
        var metrics = ReadMetrics(transaction);
        var trials = new List<TrialRecord>();
        using var command = transaction.Command(SelectTrials);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetString(0);
            trials.Add(new TrialRecord(
                id,
                reader.GetInt32(1),
                reader.GetInt32(2),
                reader.GetInt64(3),
                Configuration.FromJson(reader.GetString(4)),
                TrialStatusNames.Parse(reader.GetString(5)),
                SqliteValues.ReadDouble(reader, 6),
                metrics.GetValueOrDefault(id, []),
                SqliteValues.ReadText(reader, 7),
                SqliteValues.ReadInt(reader, 8),
                SqliteValues.ReadTime(reader, 9),
                SqliteValues.ReadTime(reader, 10),
                reader.GetInt32(11)));
        }

        return trials;
    }

    private static Dictionary<string, List<EpochMetrics>> ReadMetrics(SqliteTransaction transaction)
    {
        var byTrial = new Dictionary<string, List<EpochMetrics>>(StringComparer.Ordinal);
        Dictionary<string, double>? values = null;
        using var command = transaction.Command(SelectMetrics);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var trialId = reader.GetString(0);
            var epoch = reader.GetInt32(1);
            if (!byTrial.TryGetValue(trialId, out var epochs))
            {
                epochs = [];
                byTrial.Add(trialId, epochs);
            }

            // Rows come by trial, then epoch: a new epoch or a new trial starts a new set.
            if (epochs.Count == 0 || epochs[^1].Epoch != epoch)
            {
                values = new Dictionary<string, double>(StringComparer.Ordinal);
                epochs.Add(new EpochMetrics(epoch, values));
            }

            values![reader.GetString(2)] = SqliteValues.ReadDouble(reader, 3)!.Value;
        }

        return byTrial;
    }
}
