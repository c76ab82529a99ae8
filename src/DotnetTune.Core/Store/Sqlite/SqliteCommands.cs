using Microsoft.Data.Sqlite;

namespace DotnetTune.Store.Sqlite;

internal static class SqliteCommands
{
    /// <summary>A command in the transaction with named parameters; null binds NULL.</summary>
    public static SqliteCommand Command(
        this SqliteTransaction transaction,
        string sql,
        params (string Name, object? Value)[] parameters)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public static int Execute(
        this SqliteTransaction transaction,
        string sql,
        params (string Name, object? Value)[] parameters)
    {
        using var command = transaction.Command(sql, parameters);
        return command.ExecuteNonQuery();
    }
}
