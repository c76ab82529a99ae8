using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MlpClassifier;

internal static class Optimizers
{
    /// <summary>
    /// Adam, or SGD with momentum; the schedule sets the learning rate before every step.
    /// </summary>
    public static optim.Optimizer Create(Sequential model, Settings settings) =>
        settings.Optimizer == "sgd"
            ? optim.SGD(
                model.parameters(),
                settings.LearningRate,
                momentum: settings.Momentum,
                weight_decay: settings.WeightDecay)
            : optim.Adam(
                model.parameters(),
                settings.LearningRate,
                beta1: settings.Beta1,
                beta2: settings.Beta2,
                eps: settings.Eps,
                weight_decay: settings.WeightDecay);
}
