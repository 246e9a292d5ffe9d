/**
 * Copies text to the clipboard: the Clipboard API where the page may use it (secure contexts),
 * otherwise the older selection + `execCommand('copy')`, which still works on plain-http
 * intranets and in older browsers. Resolves false when neither worked, so the caller can ask
 * the reader to copy by hand.
 */
export async function copyText(text: string, returnFocusTo?: HTMLElement): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unavailable (no permission, not focused): try the fallback.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position: fixed; inset-block-start: 0; opacity: 0; pointer-events: none';
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  returnFocusTo?.focus();
  return copied;
}
