using System.Collections;
using Microsoft.Build.Framework;

namespace DotnetTune.Build.Tests;

public sealed class FixLibTorchSharpTests : IDisposable
{
    private readonly TemporaryFolder _output = new();
    private readonly RecordingBuildEngine _engine = new();

    public FixLibTorchSharpTests() =>
        File.Copy(TestAssets.LibTorchSharp, _output.Combine("libLibTorchSharp.so"));

    public void Dispose() => _output.Dispose();

    [Fact]
    public void Execute_HostLackingGlibcxx3432_LogsOneHighImportanceDotnetTuneMessage()
    {
        var succeeded = Task(TestAssets.HostLacking(TestAssets.Glibcxx3432)).Execute();

        succeeded.ShouldBeTrue();
        var high = _engine.Messages.Where(m => m.Importance == MessageImportance.High).ToList();
        high.Count.ShouldBe(1);
        high[0].Message!.ShouldStartWith(
            "dotnet-tune: this host's libstdc++ lacks GLIBCXX_3.4.32;");
        _engine.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Execute_NewEnoughHost_StaysQuiet()
    {
        var succeeded = Task(TestAssets.NewEnoughHost()).Execute();

        succeeded.ShouldBeTrue();
        _engine.Messages.ShouldAllBe(m => m.Importance == MessageImportance.Low);
        _engine.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Execute_HostLackingMoreVersions_WarnsOnceAndSucceeds()
    {
        var succeeded = Task(TestAssets.HostLacking("CXXABI_1.3.13")).Execute();

        succeeded.ShouldBeTrue();
        _engine.Warnings.Count.ShouldBe(1);
        _engine.Warnings[0].Code.ShouldBe(FixLibTorchSharp.WarningCode);
        _engine.Warnings[0].Message!.ShouldContain("CXXABI_1.3.13");
    }

    [Fact]
    public void Execute_DamagedLibrary_WarnsAndSucceeds()
    {
        File.WriteAllBytes(_output.Combine("libLibTorchSharp.so"), "not a library"u8.ToArray());

        var succeeded = Task(TestAssets.NewEnoughHost()).Execute();

        succeeded.ShouldBeTrue();
        _engine.Warnings.Count.ShouldBe(1);
        _engine.Warnings[0].Message!.ShouldContain("not an ELF file");
    }

    private FixLibTorchSharp Task(HashSet<string> hostVersions) => new()
    {
        BuildEngine = _engine,
        OutputDirectory = _output.Path,
        ReadHostLibrary = () => new HostLibrary("/test/libstdc++.so.6", hostVersions),
    };

    private sealed class RecordingBuildEngine : IBuildEngine
    {
        public List<BuildMessageEventArgs> Messages { get; } = [];

        public List<BuildWarningEventArgs> Warnings { get; } = [];

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "Trial.csproj";

        public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

        public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);

        public void LogErrorEvent(BuildErrorEventArgs e) =>
            throw new InvalidOperationException(e.Message);

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public bool BuildProjectFile(
            string projectFileName,
            string[] targetNames,
            IDictionary globalProperties,
            IDictionary targetOutputs) =>
            throw new NotSupportedException();
    }
}
