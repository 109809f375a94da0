using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;

namespace GosZakup.Console.Web.Components.Shared;

public partial class AstanaDateTimeField
{
    [Parameter] public DateTime? Value { get; set; }
    [Parameter] public EventCallback<DateTime?> ValueChanged { get; set; }
    [Parameter] public string? Label { get; set; }
    [Parameter] public string? HelperText { get; set; }
    [Parameter] public bool Error { get; set; }
    [Parameter] public string? ErrorText { get; set; }
    [Parameter] public bool ReadOnly { get; set; }
    [Parameter] public bool Disabled { get; set; }
    [Parameter] public bool Required { get; set; }

    /// <summary>data-testid, Style and the like, passed to the text field.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    private string text = "";
    private DateTime? shown;
    private bool started;
    private string? problem;
    private Dictionary<string, object> inputAttributes = [];
    private IJSObjectReference? mask;

    protected override void OnParametersSet()
    {
        inputAttributes = new Dictionary<string, object>(Attributes ?? new Dictionary<string, object>())
        {
            ["data-astana-datetime"] = "true",
            ["autocomplete"] = "off",
        };
        // Only a value that changed outside (a form reset, another field) replaces the text: a re-render with the
        // value this field last gave keeps what the person typed.
        if (started && Value == shown)
            return;
        started = true;
        shown = Value;
        text = AstanaDateTimeText.Show(Value);
        problem = null;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
            return;
        try
        {
            mask = await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Shared/AstanaDateTimeField.razor.js");
            await mask.InvokeVoidAsync("attach");
        }
        catch (JSException)
        {
            // Without the script the field still reads a time typed with its separators; losing the circuit would be worse.
        }
        catch (JSDisconnectedException)
        {
        }
    }

    private async Task OnTextChangedAsync(string? typed)
    {
        text = typed ?? "";
        var reading = AstanaDateTimeText.Read(text);
        problem = reading.State == AstanaDateTimeReading.Kind.Impossible ? L["DateTimeField.Impossible"].Value : null;
        if (reading.State == AstanaDateTimeReading.Kind.Valid)
            await GiveAsync(reading.Value);
    }

    private async Task OnBlurAsync(FocusEventArgs _)
    {
        if (ReadOnly || Disabled)
            return;
        var reading = AstanaDateTimeText.Read(text);
        problem = reading.State switch
        {
            AstanaDateTimeReading.Kind.Empty when Required => L["DateTimeField.Required"].Value,
            AstanaDateTimeReading.Kind.Incomplete => L["DateTimeField.Incomplete"].Value,
            AstanaDateTimeReading.Kind.Impossible => L["DateTimeField.Impossible"].Value,
            _ => null,
        };
        await GiveAsync(reading.Value);
    }

    private async Task GiveAsync(DateTime? value)
    {
        if (value == shown)
            return;
        shown = value;
        await ValueChanged.InvokeAsync(value);
    }

    public async ValueTask DisposeAsync()
    {
        if (mask is null)
            return;
        try { await mask.DisposeAsync(); }
        catch (JSDisconnectedException) { } // the circuit is gone, and the module with it
    }
}
