using DotnetTune.Store;

namespace DotnetTune.Tests.Store;

public sealed class SqliteStudyStoreContractTests : StudyStoreContractTests
{
    private readonly TempStudyFolder _folder = new();

    public override void Dispose()
    {
        base.Dispose();
        _folder.Dispose();
    }

    protected override IStudyStore CreateStore() => StudyStores.OpenSqlite(_folder.Path);
}
