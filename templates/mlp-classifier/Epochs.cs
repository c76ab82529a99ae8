using DotnetTune.Trial.Data;
using DotnetTune.Trial.Training;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MlpClassifier;

internal static class Epochs
{
    private const int EvaluationBatchSize = 1000;

    /// <summary>
    /// One pass over the training data in shuffled mini-batches. Stops early when the loss stops
    /// being finite: the epoch is then reported with that loss and training ends.
    /// </summary>
    public static TrainResult Train(
        Sequential model,
        optim.Optimizer optimizer,
        LearningRateSchedule schedule,
        long firstStep,
        Batches data,
        int batchSize,
        Random random)
    {
        model.train();
        var step = firstStep;
        var learningRate = schedule.At(step);
        double lossSum = 0;
        long seen = 0;
        foreach (var batch in MiniBatches.Shuffled((int)data.Count, batchSize, random))
        {
            using var scope = torch.NewDisposeScope();
            learningRate = schedule.At(step++);
            foreach (var group in optimizer.ParamGroups)
            {
                group.LearningRate = learningRate;
            }

            var index = torch.tensor(batch, device: data.Inputs.device);
            optimizer.zero_grad();
            var loss = nn.functional.cross_entropy(
                model.forward(data.Inputs.index_select(0, index)),
                data.Labels.index_select(0, index));
            loss.backward();
            optimizer.step();

            var value = loss.item<float>();
            lossSum += (double)value * batch.Length;
            seen += batch.Length;
            if (!float.IsFinite(value))
            {
                return new TrainResult(value, learningRate);
            }
        }

        return new TrainResult(lossSum / Math.Max(1, seen), learningRate);
    }

    /// <summary>
    /// Mean cross-entropy and accuracy over a data split, without dropout or gradients.
    /// </summary>
    public static Evaluation Evaluate(Sequential model, Batches data)
    {
        model.eval();
        using var noGrad = torch.no_grad();
        double lossSum = 0;
        long correct = 0;
        for (long start = 0; start < data.Count; start += EvaluationBatchSize)
        {
            using var scope = torch.NewDisposeScope();
            var length = Math.Min(EvaluationBatchSize, data.Count - start);
            var labels = data.Labels.narrow(0, start, length);
            var logits = model.forward(data.Inputs.narrow(0, start, length));
            var loss = nn.functional.cross_entropy(logits, labels, reduction: nn.Reduction.Sum);
            lossSum += loss.item<float>();
            correct += logits.argmax(1).eq(labels).sum().item<long>();
        }

        // With no validation samples there is nothing to measure: NaN says so.
        return data.Count == 0
            ? new Evaluation(double.NaN, double.NaN)
            : new Evaluation(lossSum / data.Count, (double)correct / data.Count);
    }
}

internal sealed record TrainResult(double Loss, double LastLearningRate);

internal sealed record Evaluation(double Loss, double Accuracy);
