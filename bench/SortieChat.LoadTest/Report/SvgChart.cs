using System.Globalization;
using System.Security;
using System.Text;

namespace SortieChat.LoadTest.Report;

/// <summary>A small line chart written as SVG by hand (no package): one line per series, optional log axes and a goal line.</summary>
internal static class SvgChart
{
    private const int Width = 720;
    private const int Height = 420;
    private const int Left = 70;
    private const int Right = 20;
    private const int Top = 40;
    private const int Bottom = 60;
    private static readonly string[] Colors = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"];

    public sealed record Series(string Name, IReadOnlyList<(double X, double Y)> Points);

    public sealed record Axis(string Label, bool Log, double Min, double Max);

    public static string Draw(string title, Axis x, Axis y, IReadOnlyList<Series> series, (double Value, string Label)? goal = null)
    {
        var svg = new StringBuilder();
        svg.AppendLine(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">"));
        svg.AppendLine(Inv($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>"));
        svg.AppendLine(Inv($"<text x=\"{Width / 2}\" y=\"22\" text-anchor=\"middle\" font-size=\"15\">{Escape(title)}</text>"));
        svg.AppendLine(Inv($"<rect x=\"{Left}\" y=\"{Top}\" width=\"{Width - Left - Right}\" height=\"{Height - Top - Bottom}\" fill=\"none\" stroke=\"#888\"/>"));
        foreach (var tick in Ticks(x))
        {
            var px = Px(x, tick);
            svg.AppendLine(Inv($"<line x1=\"{px:F1}\" y1=\"{Top}\" x2=\"{px:F1}\" y2=\"{Height - Bottom}\" stroke=\"#eee\"/>"));
            svg.AppendLine(Inv($"<text x=\"{px:F1}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{Label(tick)}</text>"));
        }

        foreach (var tick in Ticks(y))
        {
            var py = Py(y, tick);
            svg.AppendLine(Inv($"<line x1=\"{Left}\" y1=\"{py:F1}\" x2=\"{Width - Right}\" y2=\"{py:F1}\" stroke=\"#eee\"/>"));
            svg.AppendLine(Inv($"<text x=\"{Left - 6}\" y=\"{py + 4:F1}\" text-anchor=\"end\">{Label(tick)}</text>"));
        }

        svg.AppendLine(Inv($"<text x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 18}\" text-anchor=\"middle\">{Escape(x.Label)}</text>"));
        svg.AppendLine(Inv($"<text transform=\"translate(18,{(Top + Height - Bottom) / 2}) rotate(-90)\" text-anchor=\"middle\">{Escape(y.Label)}</text>"));
        if (goal is { } line)
        {
            var py = Py(y, line.Value);
            svg.AppendLine(Inv($"<line x1=\"{Left}\" y1=\"{py:F1}\" x2=\"{Width - Right}\" y2=\"{py:F1}\" stroke=\"#555\" stroke-dasharray=\"6 4\"/>"));
            svg.AppendLine(Inv($"<text x=\"{Width - Right - 4}\" y=\"{py - 5:F1}\" text-anchor=\"end\" fill=\"#555\">{Escape(line.Label)}</text>"));
        }

        for (var i = 0; i < series.Count; i++)
        {
            var color = Colors[i % Colors.Length];
            var points = series[i].Points.Select(p => (X: Px(x, p.X), Y: Py(y, p.Y))).ToArray();
            if (points.Length > 1)
            {
                svg.AppendLine(Inv($"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" points=\"{string.Join(' ', points.Select(p => Inv($"{p.X:F1},{p.Y:F1}")))}\"/>"));
            }

            foreach (var (px, py) in points)
            {
                svg.AppendLine(Inv($"<circle cx=\"{px:F1}\" cy=\"{py:F1}\" r=\"3.5\" fill=\"{color}\"/>"));
            }

            svg.AppendLine(Inv($"<rect x=\"{Left + 12}\" y=\"{Top + 10 + (i * 18)}\" width=\"12\" height=\"12\" fill=\"{color}\"/>"));
            svg.AppendLine(Inv($"<text x=\"{Left + 30}\" y=\"{Top + 20 + (i * 18)}\">{Escape(series[i].Name)}</text>"));
        }

        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static double Px(Axis axis, double value) => Left + (Fraction(axis, value) * (Width - Left - Right));

    private static double Py(Axis axis, double value) => Height - Bottom - (Fraction(axis, value) * (Height - Top - Bottom));

    private static double Fraction(Axis axis, double value)
    {
        var v = Math.Clamp(value, axis.Min, axis.Max);
        return axis.Log
            ? (Math.Log10(v) - Math.Log10(axis.Min)) / (Math.Log10(axis.Max) - Math.Log10(axis.Min))
            : (v - axis.Min) / (axis.Max - axis.Min);
    }

    private static IEnumerable<double> Ticks(Axis axis)
    {
        if (axis.Log)
        {
            for (var decade = Math.Pow(10, Math.Floor(Math.Log10(axis.Min))); decade <= axis.Max; decade *= 10)
            {
                foreach (var m in new[] { 1.0, 2.0, 5.0 })
                {
                    var tick = decade * m;
                    if (tick >= axis.Min * 0.999 && tick <= axis.Max * 1.001)
                    {
                        yield return tick;
                    }
                }
            }

            yield break;
        }

        var step = NiceStep((axis.Max - axis.Min) / 6);
        for (var tick = Math.Ceiling(axis.Min / step) * step; tick <= axis.Max + (step / 1000); tick += step)
        {
            yield return tick;
        }
    }

    private static double NiceStep(double raw)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var normalized = raw / magnitude;
        return magnitude * (normalized <= 1 ? 1 : normalized <= 2 ? 2 : normalized <= 5 ? 5 : 10);
    }

    private static string Label(double value) => value >= 1000 && value % 1000 == 0
        ? Inv($"{value / 1000:0}k")
        : value.ToString(value < 1 ? "0.##" : "0.#", CultureInfo.InvariantCulture);

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
