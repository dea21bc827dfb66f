import { describe, expect, it } from 'vitest';
import type { Paragraph } from 'mdast';
import { parseMarkdown } from '../../src/markdown/parse-markdown.js';
import { ATOM, projectInline } from '../../src/markdown/project-inline.js';

const paragraph = (md: string) => {
  const { tree, offsetShift } = parseMarkdown(md);
  const p = tree.children.find((n) => n.type === 'paragraph') as Paragraph;
  return projectInline(md, p.children, offsetShift);
};

describe('projectInline', () => {
  it('drops syntax, resolves escapes and entities, maps every visible character to its source', () => {
    const md = 'Ein **fetter** \\*Stern\\* &amp; `code`.';
    const p = paragraph(md);
    expect(p.text).toBe(`Ein fetter *Stern* & ${ATOM}.`);
    const at = (visible: string) => {
      const i = p.text.indexOf(visible);
      return md.slice(p.from[i], p.to[i]);
    };
    expect(at('f')).toBe('f');
    expect(at('*Stern')).toBe('\\*');
    expect(at('&')).toBe('&amp;');
    expect(at(ATOM)).toBe('`code`');
  });
  it('keeps offsets into the file as read when a BOM leads it', () => {
    const md = '\ufeffZwei\r\n   Zeilen.';
    const p = paragraph(md);
    expect(p.text).toBe('Zwei\r\nZeilen.');
    expect(md.slice(p.from[p.text.indexOf('Z', 1)], p.to[p.text.length - 1])).toBe('Zeilen.');
  });
  it('projects a text directive as its source text', () => {
    expect(paragraph('Archivbild:KEYSTONE').text).toBe('Archivbild:KEYSTONE');
  });
});
