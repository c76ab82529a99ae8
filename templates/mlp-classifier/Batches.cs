using DotnetTune.Trial.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace MlpClassifier;

/// <summary>A data split as tensors on the training device, inputs standardised.</summary>
internal sealed class Batches(Tensor inputs, Tensor labels) : IDisposable
{
    // Mean and standard deviation of MNIST's training pixels, after scaling to [0, 1].
    private const double PixelMean = 0.1307;
    private const double PixelStd = 0.3081;

    public Tensor Inputs { get; } = inputs;

    public Tensor Labels { get; } = labels;

    public long Count => Labels.shape[0];

    public static Batches Prepare(DataSplit split, Device device)
    {
        using var raw = split.InputTensor(device);
        var inputs = (raw - PixelMean) / PixelStd;
        return new Batches(inputs, split.LabelTensor(device));
    }

    public void Dispose()
    {
        Inputs.Dispose();
        Labels.Dispose();
    }
}
