/**
 * Puts `text` on the clipboard with the browser's own API (teams-js `clipboard` is deprecated).
 * Resolves false where the browser or Teams' frame refuses it, so the caller can offer the text to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  if (typeof navigator === 'undefined' || typeof navigator.clipboard === 'undefined') return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
