/**
 * Text made safe for HTML element content and double- or single-quoted
 * attribute values: a quote reading `<b>“Tom & Jerry”</b>` shows exactly so,
 * never as markup. Every string from an article goes through this.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Runs of white space (a quote's paragraph breaks) as one space, for inline display. */
export function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
