using GosZakup.Console.Domain.Extensions;

namespace GosZakup.Console.Web.Features.Extensions;

/// <summary>The configuration section <c>Extensions</c>.</summary>
public sealed class ExtensionOptions
{
    /// <summary>How R2 §10's carve-out is read; the default follows the text (rules.md, notes).</summary>
    public AnalysisWindowRule AnalysisWindow { get; set; } = ExtensionSettings.Default.AnalysisWindow;

    /// <summary>A moved deadline carries the later stages it would overtake (see <see cref="ExtensionSettings.LaterStagesFollow"/>).</summary>
    public bool LaterStagesFollow { get; set; } = true;

    /// <summary>Apply computed orders without a Supervisor's approval. Off by default: a person checks the new
    /// deadlines before the portal and the suppliers see them.</summary>
    public bool ApplyWithoutApproval { get; set; }

    /// <summary>Orders applied per transaction: a host stopped mid-run leaves whole batches applied, never half of one.</summary>
    public int ApplyBatchSize { get; set; } = 500;

    public ExtensionSettings Settings => new(AnalysisWindow, LaterStagesFollow);
}
