using DotnetTune.Manifest;
using DotnetTune.Store;
using DotnetTune.Store.Sqlite;
using DotnetTune.Trials;
using System.Text.Json;
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
        catch (Exception problem) when (IsDamage(problem))
        {
            store.Dispose();
            throw Unreadable(layout, problem);
        }

        ReadTrials(store, layout);
        if (store.StoredStudy is { } stored && stored.Strategy != manifest.Search.Strategy)
        {
            store.Dispose();
            throw new UserFacingException(
                $"error: study '{manifest.Study.Name}' was started with strategy \"{stored.Strategy}\", and " +
                $"{ManifestGate.DisplayName(manifestPath, context)} asks for \"{manifest.Search.Strategy}\"; " +
                "a study keeps one strategy. Run with --fresh to start over (the old study is kept aside), " +
                "or give this one another study name.");
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
        catch (Exception problem) when (IsDamage(problem) || problem is IOException)
        {
            throw Unreadable(layout, problem);
        }
    }

    /// <summary>Every trial of the store; damaged rows give the same one-line message as a damaged file.</summary>
    public static IReadOnlyList<TrialRecord> ReadTrials(IStudyStore store, StudyLayout layout)
    {
        try
        {
            return store.Trials();
        }
        catch (Exception problem) when (IsDamage(problem))
        {
            throw Unreadable(layout, problem);
        }
    }

    private static bool IsDamage(Exception problem) =>
        problem is SqliteException or InvalidOperationException or FormatException or JsonException
            or KeyNotFoundException;

    private static UserFacingException Unreadable(StudyLayout layout, Exception problem) => new(
        $"error: the study store {layout.Database} cannot be used: {problem.Message.TrimEnd('.')}. " +
        "Move it aside, or run with --fresh to start the study over (the old folder is kept).");
}
