// The console's global keys (issue 16 §2), as Jira's "c" and Zammad's shortcuts: N opens a new appeal and ? the
// shortcut sheet. They act only when the focus is not in a field and no dialog is open, so typing is never taken.
// Keys are matched by their position (event.code) where the layout changes the letter: N is "т" on a Russian keyboard.
let listener = null;

export function start(dotnet) {
    stop();
    listener = event => {
        if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.repeat) return;
        if (isTyping(event.target) || document.querySelector('.mud-dialog-container')) return;
        const action = shortcutOf(event);
        if (!action) return;
        event.preventDefault();
        dotnet.invokeMethodAsync('OnShortcut', action);
    };
    document.addEventListener('keydown', listener);
    document.documentElement.dataset.shortcuts = 'ready'; // tests wait for this before their first key
}

export function stop() {
    if (listener) document.removeEventListener('keydown', listener);
    listener = null;
    delete document.documentElement.dataset.shortcuts;
}

// The appeal dialog's own keys, wherever the focus is while it is open: Ctrl+Enter registers (or confirms), Esc asks
// the dialog to close (it asks before discarding typed work). Answers an object whose dispose() stops listening.
export function watchDialog(dotnet) {
    const keys = event => {
        const submit = event.key === 'Enter' && (event.ctrlKey || event.metaKey);
        if (event.key !== 'Escape' && !submit) return;
        event.preventDefault();
        event.stopPropagation();
        dotnet.invokeMethodAsync('OnDialogKey', submit ? 'submit' : 'escape');
    };
    document.addEventListener('keydown', keys, true);
    return { dispose: () => document.removeEventListener('keydown', keys, true) };
}

function shortcutOf(event) {
    if (event.key === '?' || (event.code === 'Slash' && event.shiftKey)) return 'sheet';
    if (event.code === 'KeyN' && !event.shiftKey) return 'new-appeal';
    return null;
}

function isTyping(element) {
    if (!element) return false;
    return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}
