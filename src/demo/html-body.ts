const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c);
}

/**
 * The HTML alternative a mail client sends beside the text: paragraphs, line breaks, and
 * the quoted previous message as a `<blockquote>` under its "On … wrote:" line.
 */
export function htmlBody(text: string, charset: string): string {
  const blocks = text.split('\n\n');
  const html: string[] = [];
  let quote: string[] | undefined;
  for (const block of blocks) {
    const lines = block.split('\n');
    const quoted = lines.filter((l) => l.startsWith('>'));
    if (quoted.length > 0) {
      const intro = lines.filter((l) => !l.startsWith('>'));
      quote = quote ?? [];
      for (const l of intro) quote.push(`<div>${escapeHtml(l)}</div>`);
      quote.push(`<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex"><p>${quoted.map((l) => escapeHtml(l.replace(/^> ?/, ''))).join('<br>\n')}</p></blockquote>`);
    } else if (quote) quote.push(`<p>${lines.map(escapeHtml).join('<br>\n')}</p>`);
    else html.push(`<p>${lines.map(escapeHtml).join('<br>\n')}</p>`);
  }
  const quoted = quote ? `\n<div class="gmail_quote">\n${quote.join('\n')}\n</div>` : '';
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head>\n<body><div dir="ltr">\n${html.join('\n')}${quoted}\n</div></body></html>`;
}
