import { packOutline, type Block, type Run } from './packOutline';
import type { ReviewPack } from './reviewPack';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text (or an attribute value) as literal HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** No scripts, no remote anything: the page is text and its own styles. Sent as the response's CSP too. */
export const PRINT_VIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TAG: Record<Block['kind'], string> = { title: 'h1', heading: 'h2', subheading: 'h3', paragraph: 'p', bullet: 'li' };

function run(part: Run): string {
  return part.link === undefined ? escapeHtml(part.text) : `<a href="${escapeHtml(part.link)}" rel="noopener noreferrer">${escapeHtml(part.text)}</a>`;
}

/** The print view: a plain page that prints (or saves as PDF) well from any browser. */
export function reviewPackHtml(pack: ReviewPack): string {
  const body: string[] = [];
  let inList = false;
  for (const block of packOutline(pack)) {
    if (block.kind === 'bullet' && !inList) body.push('<ul>');
    if (block.kind !== 'bullet' && inList) body.push('</ul>');
    inList = block.kind === 'bullet';
    body.push(`<${TAG[block.kind]}>${block.runs.map(run).join('')}</${TAG[block.kind]}>`);
  }
  if (inList) body.push('</ul>');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PRINT_VIEW_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`Review pack: ${pack.owner}`)}</title>
<style>
body { font: 11pt/1.5 "Segoe UI", system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #111; background: #fff; }
h1 { font-size: 20pt; margin-bottom: 0.25rem; } h2 { font-size: 15pt; margin-top: 1.75rem; border-bottom: 1px solid #999; } h3 { font-size: 12pt; }
a { color: #1a4fa0; } li { margin: 0.25rem 0; break-inside: avoid; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
</style>
</head>
<body>
<p>Print this page, or save it as PDF, from your browser's Print command (Ctrl+P or ⌘P).</p>
${body.join('\n')}
</body>
</html>
`;
}
