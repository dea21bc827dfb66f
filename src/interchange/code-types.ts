// Markdown inline markup type (mdast node type) → the code categories of XLIFF 2 (type/subType)
// and XLIFF 1.2 (ctype), so CAT tools show bold, italic, links and images as what they are.

export interface Xliff2CodeType {
  type: 'fmt' | 'ui' | 'quote' | 'link' | 'image' | 'other';
  subType?: string;
}

const XLIFF2: Record<string, Xliff2CodeType> = {
  strong: { type: 'fmt', subType: 'xlf:b' },
  emphasis: { type: 'fmt', subType: 'xlf:i' },
  delete: { type: 'fmt' },
  inlineCode: { type: 'fmt' },
  break: { type: 'fmt', subType: 'xlf:lb' },
  link: { type: 'link' },
  linkReference: { type: 'link' },
  footnoteReference: { type: 'link' },
  image: { type: 'image' },
  imageReference: { type: 'image' },
  html: { type: 'other' },
};

/** XLIFF 2 `type`/`subType` for a markup type (`other` for anything unknown). */
export function xliff2CodeType(markupType: string): Xliff2CodeType {
  return XLIFF2[markupType] ?? { type: 'other' };
}

const XLIFF12_PAIRED: Record<string, string> = {
  strong: 'bold',
  emphasis: 'italic',
  delete: 'x-strikethrough',
  link: 'link',
  linkReference: 'link',
  inlineCode: 'x-code',
  html: 'x-html',
};

const XLIFF12_STANDALONE: Record<string, string> = {
  image: 'image',
  imageReference: 'image',
  break: 'lb',
  inlineCode: 'x-code',
  footnoteReference: 'x-footnote',
  html: 'x-html',
};

/** XLIFF 1.2 `ctype` for `<g>`/`<bx>` (paired) or `<x>` (standalone). */
export function xliff12Ctype(markupType: string, paired: boolean): string {
  const table = paired ? XLIFF12_PAIRED : XLIFF12_STANDALONE;
  return table[markupType] ?? `x-${markupType.replace(/[^A-Za-z0-9-]/g, '') || 'code'}`;
}
