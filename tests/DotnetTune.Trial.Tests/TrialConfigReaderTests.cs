namespace DotnetTune.Trial.Tests;

public sealed class TrialConfigReaderTests
{
    private const string Path = "/trials/0003/trial.json";

    private const string Complete = """
        { "trial_id": "0003", "seed": 1234, "device": "cpu", "threads": 2, "epochs": 3,
          "data": "/data/mnist-10k", "samples": 10000, "validation_fraction": 0.2,
          "checkpoint_dir": "/trials/0003/checkpoints",
          "params": { "learning_rate": 0.003, "batch_size": 64, "optimizer": "adam" },
          "defaults": { "learning_rate": 0.001, "batch_size": 32, "hidden": 128 } }
        """;

    [Fact]
    public void Parse_CompleteConfig_ReadsEveryField()
    {
        var config = TrialConfigReader.Parse(Path, Complete);

        config.TrialId.ShouldBe("0003");
        config.Seed.ShouldBe(1234);
        config.Device.ShouldBe("cpu");
        config.Threads.ShouldBe(2);
        config.Epochs.ShouldBe(3);
        config.DataDirectory.ShouldBe("/data/mnist-10k");
        config.Samples.ShouldBe(10000);
        config.ValidationFraction.ShouldBe(0.2);
        config.CheckpointDirectory.ShouldBe("/trials/0003/checkpoints");
        config.Parameters.GetDouble("learning_rate").ShouldBe(0.003);
        config.Parameters.GetInt("hidden").ShouldBe(128);
    }

    [Fact]
    public void Parse_NullSamplesAndThreads_ReadsThemAsAbsent()
    {
        var json = Complete
            .Replace("\"samples\": 10000", "\"samples\": null")
            .Replace("\"threads\": 2", "\"threads\": null");

        var config = TrialConfigReader.Parse(Path, json);

        config.Samples.ShouldBeNull();
        config.Threads.ShouldBeNull();
    }

    [Fact]
    public void Parse_RelativeDataPath_ResolvesFromTheConfigFolder()
    {
        var config = TrialConfigReader.Parse(Path, Complete.Replace("/data/mnist-10k", "../data"));

        config.DataDirectory.ShouldBe("/trials/data");
    }

    [Theory]
    [InlineData("\"epochs\": 3", "\"epochs\": \"3\"",
        "'epochs' must be an integer of at least 0, not \"3\"")]
    [InlineData("\"seed\": 1234,", "",
        "'seed' is missing")]
    [InlineData("\"validation_fraction\": 0.2", "\"validation_fraction\": 1.5",
        "'validation_fraction' must be a number")]
    [InlineData("\"device\": \"cpu\"", "\"device\": \"tpu\"",
        "'device' must be \"cpu\" or \"cuda\", not \"tpu\"")]
    [InlineData("\"threads\": 2", "\"threads\": 0",
        "'threads' must be an integer of at least 1, not 0")]
    public void Parse_BadField_ThrowsBadConfigNamingFileAndKey(
        string field, string replacement, string problem)
    {
        var json = Complete.Replace(field, replacement);

        var error = Should.Throw<TrialException>(() => TrialConfigReader.Parse(Path, json));

        error.ExitCode.ShouldBe(TrialExitCodes.BadConfig);
        error.Message.ShouldStartWith($"{Path}: {problem}");
    }

    [Fact]
    public void Parse_NotJson_ThrowsBadConfig()
    {
        var error = Should.Throw<TrialException>(
            () => TrialConfigReader.Parse(Path, "{ epochs: 3"));

        error.ExitCode.ShouldBe(TrialExitCodes.BadConfig);
        error.Message.ShouldStartWith($"{Path}: not valid JSON");
    }

    [Fact]
    public void Read_MissingFile_ThrowsBadConfigExplainingTheDefault()
    {
        var missing = System.IO.Path.Combine(
            System.IO.Path.GetTempPath(), Guid.NewGuid().ToString("N"), "trial.json");

        var error = Should.Throw<TrialException>(() => TrialConfigReader.Read(missing));

        error.ExitCode.ShouldBe(TrialExitCodes.BadConfig);
        error.Message.ShouldContain("file not found");
    }
}
