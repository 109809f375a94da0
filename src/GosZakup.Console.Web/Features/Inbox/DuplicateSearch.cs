namespace GosZakup.Console.Web.Features.Inbox;

/// <summary>Where the dialog's duplicate search stands: nothing typed to compare yet, a search running, or one done.</summary>
public enum DuplicateSearchState { NothingToCompare, Searching, Searched }

/// <summary>Looks for likely duplicates as the operator types (issue 16 §1: the same call registered four times made
/// four incidents because nobody pressed "find"). Each change of the compared fields restarts a short wait; the search
/// runs once typing pauses, and a newer change cancels an older search. The matching itself stays in
/// <see cref="DuplicateFinder"/>.</summary>
public sealed class DuplicateSearch(DuplicateFinder finder, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(400);

    private CancellationTokenSource? running;
    private string? searchedFor;

    public DuplicateSearchState State { get; private set; } = DuplicateSearchState.NothingToCompare;

    public IReadOnlyList<LikelyIncident> Found { get; private set; } = [];

    /// <summary>Call after any field changed. <paramref name="changed"/> is called when the state moves (to re-render).</summary>
    public async Task FieldsChangedAsync(AppealForm form, DateTime receivedAtUtc, Guid? exceptAppeal, Func<Task> changed, bool now = false)
    {
        var key = Compared(form);
        if (key == searchedFor && !now) return;
        searchedFor = key;
        running?.Cancel();
        if (key.Trim('|').Length == 0)
        {
            (State, Found) = (DuplicateSearchState.NothingToCompare, []);
            await changed();
            return;
        }
        var mine = running = new CancellationTokenSource();
        State = DuplicateSearchState.Searching;
        await changed();
        try
        {
            if (!now) await Task.Delay(Pause, clock, mine.Token);
            var found = await finder.SuggestAsync(form, receivedAtUtc, exceptAppeal, mine.Token);
            if (mine.IsCancellationRequested) return;
            (State, Found) = (DuplicateSearchState.Searched, found);
            await changed();
        }
        catch (OperationCanceledException)
        {
            // A newer change started its own search.
        }
    }

    public void Reset()
    {
        running?.Cancel();
        (State, Found, searchedFor) = (DuplicateSearchState.NothingToCompare, [], null);
    }

    public void Dispose() => running?.Cancel();

    private static string Compared(AppealForm form) =>
        string.Join('|', form.TaxpayerNumber?.Trim(), form.ProcurementNumbers?.Trim(), form.LotNumbers?.Trim(), form.Description.Trim());
}
