import { describe, it, expect } from 'vitest';
import { htmlToText, MAX_HTML_INPUT } from './htmlToText';

describe('htmlToText', () => {
  it('turns a Teams mention into the name', () => {
    expect(htmlToText('<p>Hi <at id="0">Megan Bowen</at>, I\'ll send the deck by Friday</p>')).toBe(
      "Hi Megan Bowen, I'll send the deck by Friday",
    );
  });

  it('puts nested divs and paragraphs on their own lines', () => {
    expect(htmlToText('<div><div>one</div><div>two<div>three</div></div></div><p>four</p>')).toBe('one\ntwo\nthree\nfour');
  });

  it('turns <br> into a line break and collapses source whitespace like a browser', () => {
    expect(htmlToText('<p>first   line<br>second\n\t line<br/>third</p>')).toBe('first line\nsecond line\nthird');
  });

  it('keeps at most one blank line and trims trailing spaces and the ends', () => {
    const html = '<p>&nbsp;</p><p>a&nbsp;&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p><p>b</p><br><br>';
    expect(htmlToText(html)).toBe('a\n\nb');
  });

  it('marks list items, numbering ordered lists from their start', () => {
    const html = '<ul>\n<li>alpha</li>\n<li><p>beta</p></li>\n</ul><ol start="3"><li>x</li><li>y</li></ol>';
    expect(htmlToText(html)).toBe('- alpha\n- beta\n3. x\n4. y');
  });

  it('puts headings on their own line', () => {
    expect(htmlToText('intro<h2>Plan</h2>body')).toBe('intro\nPlan\nbody');
  });

  it('decodes named and numeric entities', () => {
    expect(htmlToText('<p>R&amp;D &lt;b&gt; &quot;x&quot; it&#39;s &#x1F600; &#128077; caf&eacute;</p>')).toBe(
      'R&D <b> "x" it\'s 😀 👍 café',
    );
  });

  it('returns typed angle brackets as text, never as markup', () => {
    const text = htmlToText('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(text).toBe('<script>alert(1)</script>');
  });

  it('preserves emoji with skin tones and ZWJ sequences', () => {
    const family = '👨‍👩‍👧‍👦';
    const html = `<p>👍🏽 ${family} 🏳️‍🌈</p><emoji id="like" alt="🎉" title="Party"></emoji>`;
    expect(htmlToText(html)).toBe(`👍🏽 ${family} 🏳️‍🌈\n🎉`);
  });

  it('uses the emoji character for Teams emoji images', () => {
    expect(htmlToText('Nice <img itemtype="http://schema.skype.com/Emoji" alt="😀" src="x">')).toBe('Nice 😀');
  });

  it('keeps right-to-left text and its order', () => {
    expect(htmlToText('<p dir="rtl">שלום <b>עולם</b></p><p>مرحبا بالعالم</p>')).toBe('שלום עולם\nمرحبا بالعالم');
  });

  it('keeps code block content verbatim', () => {
    const html =
      '<p>try:</p><codeblock class="JavaScript"><code>if (a &lt; b) {\n  return  [1,\n\t2];\n}</code></codeblock><pre>x   y\n  z</pre>';
    expect(htmlToText(html)).toBe('try:\nif (a < b) {\n  return  [1,\n\t2];\n}\nx   y\n  z');
  });

  it('keeps inline code spacing', () => {
    expect(htmlToText('run <code>npm  test</code> now')).toBe('run npm  test now');
  });

  it('drops script, style, iframe, object, embed and template content entirely', () => {
    const html =
      'a<script>alert("x")</script>b<style>p { color: red }</style>c<iframe src="https://e.com">frame</iframe>d' +
      '<object data="x">obj</object>e<embed src="x">f<template><p>tpl</p></template>g<SCRIPT>bad()</SCRIPT>h';
    const text = htmlToText(html);
    expect(text).toBe('abcdefgh');
  });

  it('keeps link text and adds a differing http(s) address', () => {
    const html =
      '<a href="https://contoso.com/deck">the deck</a>, <a href="https://contoso.com">https://contoso.com/</a>, ' +
      '<a href="javascript:alert(1)">bad</a>, <a href="mailto:a@b.c">mail</a>, <a href="http://x.io/a"></a>';
    expect(htmlToText(html)).toBe('the deck (https://contoso.com/deck), https://contoso.com/, bad, mail, http://x.io/a');
  });

  it('replaces images and attachments with placeholders', () => {
    const html = '<p>See<img src="a.png"><img src="b.png" alt="Q3 chart"></p><attachment id="f00"></attachment><attachment id="x"/>end';
    expect(htmlToText(html)).toBe('See [image] [image: Q3 chart]\n[attachment] [attachment] end');
  });

  it('separates table cells and rows', () => {
    expect(htmlToText('<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>')).toBe('a | b\n1 | 2');
  });

  it('returns an empty string for an empty or markup-only body', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText('<p></p><div><br></div>')).toBe('');
    expect(htmlToText('<script>x()</script>')).toBe('');
  });

  it('copes with malformed and unclosed HTML', () => {
    expect(htmlToText('<div><p>unclosed <b>bold <i>italic')).toBe('unclosed bold italic');
    expect(htmlToText('</div></p>stray closers</span>')).toBe('stray closers');
    expect(htmlToText('<p title="x>y">quoted</p>')).toBe('quoted');
    expect(htmlToText('a < b and c > d')).toBe('a < b and c > d');
    expect(htmlToText('<!-- comment -->text<!-- unclosed')).toBe('text');
  });

  it('never leaves an unclosed dropped element swallowing the rest', () => {
    expect(htmlToText('<p>before<script>never closed')).toBe('before');
  });

  it('removes control characters but keeps tabs in code', () => {
    expect(htmlToText('a\u0000b\u0007c<pre>\tx</pre>')).toBe('abc\n\tx');
  });

  it('handles 30 KB of text quickly with a sensible result', () => {
    const paragraph = '<p>Quarterly update &amp; next steps for <at id="0">Megan</at>.</p>';
    const html = paragraph.repeat(Math.ceil(30_000 / paragraph.length));
    const started = performance.now();
    const text = htmlToText(html);
    const elapsed = performance.now() - started;
    const lines = text.split('\n');
    expect(lines.length).toBe(Math.ceil(30_000 / paragraph.length));
    expect(lines.every((line) => line === 'Quarterly update & next steps for Megan.')).toBe(true);
    expect(elapsed).toBeLessThan(500);
  });

  it('stays fast on deeply nested markup', () => {
    const html = '<div>'.repeat(10_000) + 'deep' + '</div>'.repeat(10_000);
    const started = performance.now();
    expect(htmlToText(html)).toBe('deep');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('only reads the first MAX_HTML_INPUT characters', () => {
    const html = 'a'.repeat(MAX_HTML_INPUT) + 'TAIL';
    const text = htmlToText(html);
    expect(text.length).toBe(MAX_HTML_INPUT);
    expect(text.includes('TAIL')).toBe(false);
  });

  it('does not split a surrogate pair at the input cap', () => {
    const html = 'a'.repeat(MAX_HTML_INPUT - 1) + '😀';
    const text = htmlToText(html);
    expect(text).toBe('a'.repeat(MAX_HTML_INPUT - 1));
  });
});
