using TorchSharp;
using static TorchSharp.torch;

namespace DotnetTune.Trial.Data;

/// <summary>Part of a data set: flattened images scaled to [0, 1] and their class labels.</summary>
/// <param name="Features">Values per sample (784 for 28x28 images).</param>
/// <param name="Inputs">Count x Features values, sample after sample.</param>
/// <param name="Labels">One class per sample.</param>
public sealed record DataSplit(int Features, float[] Inputs, long[] Labels)
{
    public int Count => Labels.Length;

    /// <summary>
    /// The inputs as a float tensor of shape [Count, Features] on <paramref name="device"/>.
    /// </summary>
    public Tensor InputTensor(Device device) =>
        torch.tensor(Inputs, [Count, Features], dtype: ScalarType.Float32, device: device);

    /// <summary>
    /// The labels as an int64 tensor of shape [Count], as cross-entropy wants them.
    /// </summary>
    public Tensor LabelTensor(Device device) =>
        torch.tensor(Labels, [Count], dtype: ScalarType.Int64, device: device);
}
