namespace DotnetTune.Trial.Data;

/// <summary>Splits sample indices into mini-batches, in a fresh random order each call.</summary>
public static class MiniBatches
{
    /// <summary>
    /// The indices 0..count-1 shuffled with <paramref name="random"/> and cut into batches of
    /// <paramref name="batchSize"/>; the last batch holds the rest and may be smaller.
    /// </summary>
    public static IReadOnlyList<long[]> Shuffled(int count, int batchSize, Random random)
    {
        RequirePositive(batchSize);
        var order = new long[count];
        for (var index = 0; index < count; index++)
        {
            order[index] = index;
        }

        random.Shuffle(order);
        return order.Chunk(batchSize).ToList();
    }

    /// <summary>How many batches <see cref="Shuffled"/> makes: the steps per epoch.</summary>
    public static int Count(int count, int batchSize)
    {
        RequirePositive(batchSize);
        return (count + batchSize - 1) / batchSize;
    }

    private static void RequirePositive(int batchSize)
    {
        if (batchSize < 1)
        {
            throw new TrialException(
                $"batch size must be at least 1, not {batchSize}", TrialExitCodes.BadConfig);
        }
    }
}
