namespace DotnetTune.Trial.Data;

/// <summary>
/// An image-classification data set in IDX files (images.idx3-ubyte and labels.idx1-ubyte,
/// optionally gzipped) split into training and validation parts: of the first N samples, the
/// last <c>validation_fraction</c> are for validation (10,000 at 0.2: 8,000 train, 2,000 validate).
/// </summary>
public sealed record IdxDataset(
    int Rows,
    int Columns,
    int Classes,
    DataSplit Train,
    DataSplit Validation)
{
    public const string ImagesFileName = "images.idx3-ubyte";
    public const string LabelsFileName = "labels.idx1-ubyte";

    public static IdxDataset Load(TrialConfig config) =>
        Load(config.DataDirectory, config.Samples, config.ValidationFraction);

    /// <param name="directory">The folder holding the two IDX files.</param>
    /// <param name="samples">How many samples to take from the start; null for all.</param>
    /// <param name="validationFraction">The share of those kept for validation, taken from the
    /// end.</param>
    public static IdxDataset Load(string directory, int? samples, double validationFraction)
    {
        var imagesPath = Locate(directory, ImagesFileName);
        var labelsPath = Locate(directory, LabelsFileName);
        var images = IdxReader.ReadImages(imagesPath, samples);
        var labels = IdxReader.ReadLabels(labelsPath, samples);
        if (images.Count != labels.Length)
        {
            throw new TrialException(
                $"{directory}: {images.Count} images but {labels.Length} labels; use 'samples' "
                + "to take fewer or give both files the same count");
        }

        var validationCount = (int)Math.Round(images.Count * validationFraction);
        var trainCount = images.Count - validationCount;
        if (trainCount == 0)
        {
            throw new TrialException(
                $"{directory}: no samples left for training", TrialExitCodes.BadConfig);
        }

        return new IdxDataset(
            images.Rows,
            images.Columns,
            Classes: labels.Max() + 1,
            Split(images, labels, 0, trainCount),
            Split(images, labels, trainCount, validationCount));
    }

    private static string Locate(string directory, string fileName)
    {
        var plain = Path.Combine(directory, fileName);
        var zipped = plain + ".gz";
        return File.Exists(plain) ? plain
            : File.Exists(zipped) ? zipped
            : throw new TrialException($"{directory}: has neither {fileName} nor {fileName}.gz");
    }

    private static DataSplit Split(IdxImages images, byte[] labels, int start, int count)
    {
        var features = images.PixelsPerImage;
        var inputs = new float[(long)count * features];
        var source = images.Pixels.AsSpan(start * features, count * features);
        for (var index = 0; index < source.Length; index++)
        {
            inputs[index] = source[index] / 255f;
        }

        var classes = new long[count];
        for (var index = 0; index < count; index++)
        {
            classes[index] = labels[start + index];
        }

        return new DataSplit(features, inputs, classes);
    }
}
