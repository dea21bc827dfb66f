// Alignment pairs + the segment texts → the printed forms of `diglot align`: JSON, a two-column
// text listing, a Markdown table and a self-contained HTML review page (review rows marked).
import { escapeHtml } from '../render/escape-html.js';
import type { AlignmentPair } from './types.js';

export interface PairTexts {
  de: readonly string[];
  en: readonly string[];
}

export interface FormatOptions {
  /** Include the segment texts in JSON (always shown in the other formats). */
  withText?: boolean;
  /** File names for headings. */
  deName?: string;
  enName?: string;
}

/** Counts shown under every listing and in the JSON summary. */
export function summarizePairs(pairs: readonly AlignmentPair[]): { pairs: number; review: number; unalignedDe: number; unalignedEn: number } {
  return {
    pairs: pairs.length,
    review: pairs.filter((p) => p.review).length,
    unalignedDe: pairs.filter((p) => !p.en.length).reduce((a, p) => a + p.de.length, 0),
    unalignedEn: pairs.filter((p) => !p.de.length).reduce((a, p) => a + p.en.length, 0),
  };
}

/** `{"pairs":[{de,en,score,why,review(,deText,enText)}],"summary":{…}}` on one line per pair. */
export function formatJson(pairs: readonly AlignmentPair[], texts: PairTexts, opts: FormatOptions = {}): string {
  const lines = pairs.map((p) => {
    const o: Record<string, unknown> = { de: p.de, en: p.en, score: p.score, why: p.why, review: p.review };
    if (opts.withText) {
      o.deText = p.de.map((i) => texts.de[i]);
      o.enText = p.en.map((j) => texts.en[j]);
    }
    return JSON.stringify(o);
  });
  return `{"pairs":[\n${lines.join(',\n')}\n],"summary":${JSON.stringify(summarizePairs(pairs))}}\n`;
}

const span = (xs: readonly number[]): string => (xs.length === 0 ? '—' : xs.length === 1 ? String(xs[0] + 1) : `${xs[0] + 1}–${xs[xs.length - 1] + 1}`);

/** Greedy word wrap to `width` columns (long words are cut). */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > width) {
      if (line) {
        out.push(line);
        line = '';
      }
      out.push(word.slice(0, width));
      word = word.slice(width);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  return out.length ? out : [''];
}

/** Two columns (German | English) per pair, with line numbers (1-based), score, review flag and why. */
export function formatText(pairs: readonly AlignmentPair[], texts: PairTexts, opts: FormatOptions = {}, width = 100): string {
  const col = Math.max(20, Math.floor((width - 3) / 2));
  const out: string[] = [`${(opts.deName ?? 'German').padEnd(col)} | ${opts.enName ?? 'English'}`, `${'-'.repeat(col)}-+-${'-'.repeat(col)}`];
  pairs.forEach((p, k) => {
    const flag = p.review ? '  REVIEW' : '';
    out.push(`#${k + 1}  de ${span(p.de)} ↔ en ${span(p.en)}  score ${p.score.toFixed(2)}${flag}`);
    const left = p.de.flatMap((i) => wrapText(`${i + 1}: ${texts.de[i] ?? ''}`, col));
    const right = p.en.flatMap((j) => wrapText(`${j + 1}: ${texts.en[j] ?? ''}`, col));
    for (let r = 0; r < Math.max(left.length, right.length, 1); r++) out.push(`${(left[r] ?? '').padEnd(col)} | ${right[r] ?? ''}`.trimEnd());
    out.push(`  why: ${p.why.join('; ')}`, '');
  });
  const s = summarizePairs(pairs);
  out.push(`${s.pairs} pairs, ${s.review} for review; unaligned: ${s.unalignedDe} German, ${s.unalignedEn} English`);
  return `${out.join('\n')}\n`;
}

const mdCell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));

/** A Markdown table: # | German | English | score | why. */
export function formatMarkdown(pairs: readonly AlignmentPair[], texts: PairTexts, opts: FormatOptions = {}): string {
  const out = [`| # | ${mdCell(opts.deName ?? 'German')} | ${mdCell(opts.enName ?? 'English')} | score | why |`, '|--:|---|---|--:|---|'];
  pairs.forEach((p, k) => {
    const de = p.de.map((i) => `${i + 1}: ${texts.de[i] ?? ''}`).join(' ⏎ ') || '—';
    const en = p.en.map((j) => `${j + 1}: ${texts.en[j] ?? ''}`).join(' ⏎ ') || '—';
    const score = `${p.score.toFixed(2)}${p.review ? ' ⚠ review' : ''}`;
    out.push(`| ${k + 1} | ${mdCell(de)} | ${mdCell(en)} | ${score} | ${mdCell(p.why.join('; '))} |`);
  });
  const s = summarizePairs(pairs);
  out.push('', `${s.pairs} pairs, ${s.review} for review; unaligned: ${s.unalignedDe} German, ${s.unalignedEn} English`);
  return `${out.join('\n')}\n`;
}

/** A self-contained HTML review page: one row per pair, review rows highlighted, no JavaScript. */
export function formatHtml(pairs: readonly AlignmentPair[], texts: PairTexts, opts: FormatOptions = {}): string {
  const cell = (idx: readonly number[], side: readonly string[], lang: string): string =>
    idx.length ? idx.map((i) => `<p lang="${lang}"><span class="n">${i + 1}</span> ${escapeHtml(side[i] ?? '')}</p>`).join('') : '<p class="none">—</p>';
  const rows = pairs.map((p, k) => `<tr class="${p.review ? 'review' : 'ok'}"><td class="k">${k + 1}</td><td>${cell(p.de, texts.de, 'de')}</td><td>${cell(p.en, texts.en, 'en')}</td>`
    + `<td class="s">${p.score.toFixed(2)}${p.review ? '<br><strong>review</strong>' : ''}</td><td class="why"><ul>${p.why.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul></td></tr>`);
  const s = summarizePairs(pairs);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>diglot alignment</title>
<style>body{font:15px/1.4 system-ui,sans-serif;margin:1.5em}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4em;vertical-align:top;text-align:left}
tr.review{background:#fff4d6}tr.review td.s{color:#8a5a00}.n{color:#888;font-size:.8em}.why ul{margin:0;padding-left:1em;font-size:.85em;color:#444}.none{color:#aaa}td p{margin:0 0 .3em}</style></head>
<body><h1>Alignment</h1><p>${s.pairs} pairs, <strong>${s.review} for review</strong>; unaligned: ${s.unalignedDe} German, ${s.unalignedEn} English.</p>
<table><thead><tr><th>#</th><th>${escapeHtml(opts.deName ?? 'German')}</th><th>${escapeHtml(opts.enName ?? 'English')}</th><th>score</th><th>why</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></body></html>
`;
}
