// Every character Markdown (CommonMark, GFM) could read as markup, HTML included.
const MARKUP = /[\\`*_{}[\]()#+\-.!|<>~&]/g;

/** User text as literal Markdown: nothing in a title can become a link, a heading or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(MARKUP, (character) => `\\${character}`);
}
