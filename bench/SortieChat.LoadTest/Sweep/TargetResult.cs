namespace SortieChat.LoadTest.Sweep;

/// <summary>A sweep against one server.</summary>
internal sealed record TargetResult(string Name, string Url, double IdleRssMiB, IReadOnlyList<StepResult> Steps)
{
    /// <summary>The highest offered rate such that it and every lower rate passed (p99 ≤ 100 ms, 100 % reach); 0 if none.</summary>
    public double Knee => Steps.TakeWhile(step => step.Passed).Select(step => step.OfferedRate).DefaultIfEmpty(0).Max();

    /// <summary>The highest rate that passed with the generator below saturation and on schedule.</summary>
    public double KneeUnsaturated => Steps.TakeWhile(step => step.Passed && !step.GeneratorSaturated).Select(step => step.OfferedRate).DefaultIfEmpty(0).Max();

    /// <summary>
    /// The knee when failed rows that the generator itself tainted (saturated or behind schedule) are set aside: the
    /// highest passing rate below which every row passed or was so tainted.
    /// </summary>
    public double KneeSettingAsideGeneratorRows => Steps
        .TakeWhile(step => step.Passed || step.GeneratorSaturated)
        .Where(step => step.Passed)
        .Select(step => step.OfferedRate)
        .DefaultIfEmpty(0)
        .Max();

    public bool AllPassedUpToKnee => Steps.Where(step => step.OfferedRate <= Knee).All(step => step.Passed);
}
