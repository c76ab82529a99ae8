namespace DotnetTune.Strategies.CoarseToFine;

/// <summary>
/// Splits the trial budget evenly into rounds by trial number; the first rounds take the
/// remainder. Trials past the budget belong to the last round.
/// </summary>
internal sealed class RoundPlan
{
    private readonly int[] _firstTrials;
    private readonly int _budget;

    public RoundPlan(int rounds, int budget)
    {
        var count = Math.Max(1, rounds);
        _budget = Math.Max(0, budget);
        _firstTrials = new int[count];
        var size = _budget / count;
        var extra = _budget % count;
        for (var round = 1; round < count; round++)
        {
            var previousSize = size + (round - 1 < extra ? 1 : 0);
            _firstTrials[round] = _firstTrials[round - 1] + previousSize;
        }
    }

    public int Rounds => _firstTrials.Length;

    public int FirstTrial(int round) => _firstTrials[round];

    /// <summary>Planned trials of a round (the last round also takes any overflow).</summary>
    public int Size(int round) =>
        (round + 1 < Rounds ? _firstTrials[round + 1] : _budget) - _firstTrials[round];

    public int RoundOf(int trialNumber)
    {
        var round = 0;
        while (round + 1 < Rounds && _firstTrials[round + 1] <= trialNumber)
        {
            round++;
        }

        return round;
    }
}
