namespace SortieChat.LoadTest.Sweep;

/// <summary>A sweep against one server.</summary>
internal sealed record TargetResult(string Name, string Url, double IdleRssMiB, IReadOnlyList<StepResult> Steps)
{
    /// <summary>The highest offered rate such that it and every lower rate passed (p99 ≤ 100 ms, 100 % reach); 0 if none.</summary>
    public double Knee => Steps.TakeWhile(step => step.Passed).Select(step => step.OfferedRate).DefaultIfEmpty(0).Max();

    /// <summary>The knee counted only over rows where the generator was below saturation.</summary>
    public double KneeUnsaturated => Steps.TakeWhile(step => step.Passed && !step.GeneratorSaturated).Select(step => step.OfferedRate).DefaultIfEmpty(0).Max();

    public bool AllPassedUpToKnee => Steps.Where(step => step.OfferedRate <= Knee).All(step => step.Passed);
}
