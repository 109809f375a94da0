// The browser half of AstanaDateTimeField: keeps every input[data-astana-datetime] in the shape dd.MM.yyyy HH:mm while
// a person types. Digits fill the segments and the separators appear by themselves; a typed separator or letter is
// dropped. It runs before Blazor reads the input (a capturing listener on window), so the server only ever sees the
// shaped text.
const boundaries = [2, 4, 8, 10];
const separators = ['.', '.', ' ', ':'];
const maxDigits = 12;
let attached = false;

function shape(digits, withTrailingSeparator) {
    let out = '';
    for (let i = 0; i < digits.length; i++) {
        const boundary = boundaries.indexOf(i);
        if (boundary >= 0) out += separators[boundary];
        out += digits[i];
    }
    const end = boundaries.indexOf(digits.length);
    if (withTrailingSeparator && end >= 0) out += separators[end];
    return out;
}

function caretAfter(text, digitsBefore) {
    if (digitsBefore === 0) return 0;
    let seen = 0;
    for (let i = 0; i < text.length; i++) {
        if (/\d/.test(text[i]) && ++seen === digitsBefore) {
            let caret = i + 1;
            while (caret < text.length && !/\d/.test(text[caret])) caret++; // step over a separator just inserted
            return caret;
        }
    }
    return text.length;
}

function onInput(event) {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.hasAttribute('data-astana-datetime')) return;
    const value = input.value;
    const caret = input.selectionStart ?? value.length;
    const digits = value.replace(/\D/g, '').slice(0, maxDigits);
    const digitsBefore = Math.min(value.slice(0, caret).replace(/\D/g, '').length, digits.length);
    const typing = (event.inputType ?? '').startsWith('insert');
    const shaped = shape(digits, typing && digitsBefore === digits.length);
    if (shaped === value) return;
    input.value = shaped;
    const at = typing ? caretAfter(shaped, digitsBefore) : Math.min(caret, shaped.length);
    input.setSelectionRange(at, at);
}

export function attach() {
    if (attached) return;
    attached = true;
    window.addEventListener('input', onInput, true);
}
