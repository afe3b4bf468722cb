// Copying a draft. The clipboard API needs a permission that Electron (which denies every
// permission request) or an insecure page may refuse; the fallback selects the text in a hidden
// textarea and uses the older copy command, which needs none. The caller tells the user which
// way it went.

export type CopyOutcome = 'clipboard' | 'selection' | 'failed';

function copyBySelection(text: string): boolean {
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.className = 'copy-buffer';
  document.body.append(area);
  area.select();
  let copied: boolean;
  try {
    // deprecated, but the one way to copy without the clipboard permission
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  focused?.focus();
  return copied;
}

export async function copyText(text: string): Promise<CopyOutcome> {
  try {
    if (typeof navigator.clipboard?.writeText === 'function') {
      await navigator.clipboard.writeText(text);
      return 'clipboard';
    }
  } catch {
    // permission denied: fall through to the selection
  }
  return copyBySelection(text) ? 'selection' : 'failed';
}
