using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MlpClassifier;

/// <summary>inputs -> (Linear, ReLU, Dropout) x layers -> Linear -> class logits.</summary>
internal static class MlpModel
{
    public static Sequential Create(int inputs, int classes, Settings settings, Device device)
    {
        var modules = new List<(string, nn.Module<Tensor, Tensor>)>();
        var width = (long)inputs;
        for (var layer = 1; layer <= settings.Layers; layer++)
        {
            modules.Add(($"hidden{layer}", Linear(width, settings.Hidden, settings.Init)));
            modules.Add(($"relu{layer}", nn.ReLU()));
            if (settings.Dropout > 0)
            {
                modules.Add(($"dropout{layer}", nn.Dropout(settings.Dropout)));
            }

            width = settings.Hidden;
        }

        modules.Add(("output", Linear(width, classes, settings.Init)));
        var model = nn.Sequential(modules);
        model.to(device);
        return model;
    }

    private static Linear Linear(long inputs, long outputs, string init)
    {
        var linear = nn.Linear(inputs, outputs);
        using (torch.no_grad())
        {
            switch (init)
            {
                case "kaiming":
                    nn.init.kaiming_uniform_(
                        linear.weight, nonlinearity: nn.init.NonlinearityType.ReLU);
                    nn.init.zeros_(linear.bias);
                    break;
                case "xavier":
                    nn.init.xavier_uniform_(linear.weight);
                    nn.init.zeros_(linear.bias);
                    break;
            }
        }

        return linear;
    }
}
