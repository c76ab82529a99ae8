using DotnetTune.Store.Sqlite;

namespace DotnetTune.Store;

/// <summary>Opens the store of a study folder.</summary>
public static class StudyStores
{
    /// <summary>Opens or creates &lt;studyDirectory&gt;/study.db (and the folder).</summary>
    public static SqliteStudyStore OpenSqlite(string studyDirectory)
    {
        Directory.CreateDirectory(studyDirectory);
        return new SqliteStudyStore(Path.Combine(studyDirectory, SqliteStudyStore.FileName));
    }
}
