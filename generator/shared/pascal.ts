/**
 * PascalCase from doc text: split on anything but letters and digits, capitalise each word
 * (`record_stopped` → `RecordStopped`, `Group.CallbackAfterSendMsg` → `GroupCallbackAfterSendMsg`).
 * `keep` drops words (an anchor's bare numbers, say). The result may still start with a digit.
 */
export function pascal(text: string, keep: (word: string) => boolean = (w) => w !== ''): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(keep)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}
