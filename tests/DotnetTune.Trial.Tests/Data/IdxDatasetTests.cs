using DotnetTune.Trial.Data;

namespace DotnetTune.Trial.Tests.Data;

public sealed class IdxDatasetTests : IDisposable
{
    private readonly string _folder =
        Path.Combine(Path.GetTempPath(), "idx-tests-" + Guid.NewGuid().ToString("N"));

    public IdxDatasetTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string ImagesPath => Path.Combine(_folder, "images.idx3-ubyte");

    private string LabelsPath => Path.Combine(_folder, "labels.idx1-ubyte");

    [Fact]
    public void Load_FiveSamplesFifthForValidation_SplitsInFileOrder()
    {
        WriteSamples(count: 5, gzipped: false);

        var data = IdxDataset.Load(_folder, samples: null, validationFraction: 0.2);

        data.Train.Labels.ShouldBe([0L, 1, 2, 3]);
        data.Validation.Labels.ShouldBe([4L]);
        data.Classes.ShouldBe(5);
        (data.Rows, data.Columns, data.Train.Features).ShouldBe((2, 2, 4));
    }

    [Fact]
    public void Load_GzippedFiles_ScalesPixelsToUnitRange()
    {
        WriteSamples(count: 3, gzipped: true);

        var data = IdxDataset.Load(_folder, samples: null, validationFraction: 0);

        data.Train.Inputs[..4].ShouldBe([0f, 1f, 51 / 255f, 102 / 255f]);
        data.Validation.Count.ShouldBe(0);
    }

    [Fact]
    public void Load_SampleLimit_TakesTheFirstSamples()
    {
        WriteSamples(count: 5, gzipped: false);

        var data = IdxDataset.Load(_folder, samples: 2, validationFraction: 0.5);

        data.Train.Labels.ShouldBe([0L]);
        data.Validation.Labels.ShouldBe([1L]);
    }

    [Fact]
    public void Load_MoreSamplesThanTheFilesHold_ThrowsNamingTheFile()
    {
        WriteSamples(count: 5, gzipped: false);

        var error = Should.Throw<TrialException>(() => Load(samples: 6));

        error.Message.ShouldBe($"{ImagesPath}: holds 5 images, fewer than the 6 samples asked for");
    }

    [Fact]
    public void Load_LabelsFileWithImagesMagic_ThrowsNamingTheFile()
    {
        WriteSamples(count: 2, gzipped: false);
        IdxFiles.WriteLabels(LabelsPath, [0, 1], magic: 0x803);

        var error = Should.Throw<TrialException>(() => Load(samples: null));

        error.Message.ShouldStartWith(
            $"{LabelsPath}: magic number is 0x00000803, expected 0x00000801");
    }

    [Fact]
    public void Load_TruncatedImages_ThrowsSayingWhereItEnds()
    {
        WriteSamples(count: 2, gzipped: false);
        File.WriteAllBytes(ImagesPath, File.ReadAllBytes(ImagesPath)[..^1]);

        var error = Should.Throw<TrialException>(() => Load(samples: null));

        error.Message.ShouldBe($"{ImagesPath}: ends inside its images (7 of 8 bytes)");
    }

    [Fact]
    public void Load_EmptyFolder_ThrowsNamingBothFileNames()
    {
        var error = Should.Throw<TrialException>(() => Load(samples: null));

        error.Message.ShouldBe(
            $"{_folder}: has neither images.idx3-ubyte nor images.idx3-ubyte.gz");
    }

    [Fact]
    public void Load_ShippedSample_SplitsTenThousandIntoEightAndTwoThousand()
    {
        var data = IdxDataset.Load(SampleFolder(), samples: 10000, validationFraction: 0.2);

        data.Train.Count.ShouldBe(8000);
        data.Validation.Count.ShouldBe(2000);
        data.Train.Inputs.Length.ShouldBe(8000 * 784);
        data.Classes.ShouldBe(10);
        data.Train.Inputs.ShouldAllBe(value => value >= 0 && value <= 1);
    }

    private IdxDataset Load(int? samples) =>
        IdxDataset.Load(_folder, samples, validationFraction: 0.5);

    /// <summary>Sample i is a 2x2 image with pixels i, 255, 51, 102 and label i.</summary>
    private void WriteSamples(int count, bool gzipped)
    {
        var suffix = gzipped ? ".gz" : "";
        var images = Enumerable.Range(0, count)
            .Select(i => new[] { (byte)i, (byte)255, (byte)51, (byte)102 })
            .ToArray();
        var labels = Enumerable.Range(0, count).Select(i => (byte)i).ToArray();
        IdxFiles.WriteImages(ImagesPath + suffix, 2, 2, images);
        IdxFiles.WriteLabels(LabelsPath + suffix, labels);
    }

    private static string SampleFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        for (; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "samples", "mnist-10k");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            "samples/mnist-10k not found above " + AppContext.BaseDirectory);
    }
}
