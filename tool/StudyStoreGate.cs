using DotnetTune.Manifest;
using DotnetTune.Store;
using DotnetTune.Store.Sqlite;
using DotnetTune.Trials;
using Microsoft.Data.Sqlite;

namespace DotnetTune.Tool;

/// <summary>
/// Opens a study's store for a command, turning a damaged or unreadable database into one
/// clear message instead of a crash, and warning when the manifest changed since the study began.
/// </summary>
public static class StudyStoreGate
{
    public static SqliteStudyStore Open(
        StudyLayout layout, TuneManifest manifest, string manifestPath, CommandContext context)
    {
        var store = OpenExisting(layout);
        try
        {
            store.Open(new StudyInfo(manifest.Study.Name, ManifestHash.Of(manifestPath), manifest.Search.Strategy,
                TimeProvider.System.GetUtcNow()));
        }
        catch (Exception problem) when (problem is SqliteException or InvalidOperationException)
        {
            store.Dispose();
            throw Unreadable(layout, problem);
        }

        if (store.ManifestChanged)
        {
            context.Error.WriteLine(
                $"warning: {ManifestGate.DisplayName(manifestPath, context)} changed since this study started; " +
                "finished trials are kept as they ran. Use --fresh to start over with the new manifest.");
        }

        return store;
    }

    public static SqliteStudyStore OpenExisting(StudyLayout layout)
    {
        try
        {
            return StudyStores.OpenSqlite(layout.Directory);
        }
        catch (Exception problem) when (problem is SqliteException or InvalidOperationException or IOException)
        {
            throw Unreadable(layout, problem);
        }
    }

    private static UserFacingException Unreadable(StudyLayout layout, Exception problem) => new(
        $"error: the study store {layout.Database} cannot be used: {problem.Message}. " +
        "Move it aside, or run with --fresh to start the study over (the old folder is kept).");
}
