// One German key + its English → findings of the per-unit QA rules (numbers, quotes, placeholders,
// markup, untranslated, whitespace, punctuation). Pure; positions are added by checkDocument.
import type { RuleId } from '../model/rules.js';
import { normalizeKey } from '../match/normalize-key.js';
import { englishNumbers, germanFormatsInEnglish, germanNumbers, type NumberMention } from './numbers.js';
import { checkNumberWords } from './number-words.js';

export interface Finding {
  ruleId: RuleId;
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
}

const PLACEHOLDER = /<(\/?)(\d+)(\/?)>/g;
const stripPlaceholders = (s: string) => s.replace(PLACEHOLDER, ' ');

/** Runs every per-unit rule; `de` is the segment key, `en` the English as written in the resource. */
export function checkUnit(de: string, en: string): Finding[] {
  const dePlain = stripPlaceholders(de);
  const enPlain = stripPlaceholders(en);
  const d = germanNumbers(dePlain);
  const e = englishNumbers(enPlain);
  // number words compare against the figures of the texts as written: the same ones where no placeholder was stripped
  const figures = { de: dePlain === de ? d : undefined, en: enPlain === en ? e : undefined };
  return [...numberFindings(d, e, enPlain), ...checkNumberWords(de, en, figures), ...checkQuotes(de, en), ...checkPlaceholders(de, en), ...checkUntranslated(de, en), ...checkWhitespace(en), ...checkPunctuation(de, en)];
}

export function checkNumbers(de: string, en: string): Finding[] {
  const enPlain = stripPlaceholders(en);
  return numberFindings(germanNumbers(stripPlaceholders(de)), englishNumbers(enPlain), enPlain);
}

/** number-mismatch and number-format from the figures of both texts (placeholders stripped). */
function numberFindings(d: NumberMention[], e: NumberMention[], enPlain: string): Finding[] {
  const out: Finding[] = [];
  const missing = unmatched(d, e);
  const extra = unmatched(e, d);
  if (missing.length && extra.length) {
    out.push({ ruleId: 'number-mismatch', severity: 'error', message: `the figures differ: the German has ${list(missing)}, the English ${list(extra)}`, hint: 'check the figures: a number, date or decade was changed in translation' });
  } else if (missing.length) {
    out.push({ ruleId: 'number-mismatch', severity: 'error', message: `the English lacks ${list(missing)} of the German`, hint: 'check the figures: a number, date or decade was dropped' });
  } else if (extra.length) {
    out.push({ ruleId: 'number-mismatch', severity: 'error', message: `the English has ${list(extra)}, which the German lacks`, hint: 'check the figures: a number, date or decade was added' });
  }
  for (const f of germanFormatsInEnglish(enPlain)) {
    out.push({ ruleId: 'number-format', severity: 'warning', message: `"${f.text}" in the English uses ${f.why}` });
  }
  return out;
}

/** Strong mentions of `a` that no mention of `b` (strong or weak) accounts for, as a multiset. */
function unmatched(a: NumberMention[], b: NumberMention[]): NumberMention[] {
  const bag = new Map<string, number>();
  for (const m of b) bag.set(m.value, (bag.get(m.value) ?? 0) + 1);
  const out: NumberMention[] = [];
  const seenText = new Set<string>();
  for (const m of a) {
    if (m.weak) continue;
    const n = bag.get(m.value) ?? 0;
    if (n > 0) bag.set(m.value, n - 1);
    else if (!seenText.has(`${m.index}`)) {
      out.push(m);
      seenText.add(`${m.index}`);
    }
  }
  return out;
}

const list = (ms: NumberMention[]) => ms.map((m) => `"${m.text}"`).join(', ');

/** The quotation marks counted (single UTF-16 code units), found by one scan of each text. */
const QUOTE_MARK = /[«»„“”"‹›‚‘’]/g;
// Unicode-property patterns at module level: the CLI bundle builds such a literal on every call otherwise.
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;
const WORDS = /\p{L}[\p{L}\p{M}'’-]*/gu;
const MARKDOWN = /\*\*|__|(?<![\p{L}\p{N}])_[^_\s][^_]*_(?![\p{L}\p{N}])|\[[^\]]+\]\([^)]+\)|`[^`]+`/u;

export function checkQuotes(de: string, en: string): Finding[] {
  // one pass per text counts every quotation mark
  const tally = (s: string): Map<string, number> => {
    const h = new Map<string, number>();
    for (const [q] of s.matchAll(QUOTE_MARK)) h.set(q, (h.get(q) ?? 0) + 1);
    return h;
  };
  const count = (h: Map<string, number>, chars: string) => {
    let n = 0;
    for (const c of chars) n += h.get(c) ?? 0;
    return n;
  };
  const pairs = (h: Map<string, number>, open: string, close: string) => Math.max(count(h, open), count(h, close));
  const d = tally(de);
  const e = tally(en);
  const dePlain = count(d, '„«') === 0;
  const deQuotes = pairs(d, '«', '»') + count(d, '„') + (dePlain ? pairs(d, '“', '”') : 0) + Math.floor(count(d, '"') / 2) + pairs(d, '‹', '›') + count(d, '‚') - quotedNames(de, en);
  const enQuotes = pairs(e, '“', '”') + Math.floor(count(e, '"') / 2) + count(e, '‘') + pairs(e, '«', '»') + count(e, '„');
  const out: Finding[] = [];
  if (deQuotes !== enQuotes) {
    out.push({ ruleId: 'quote-parity', severity: 'warning', message: `the German has ${deQuotes} quotation${deQuotes === 1 ? '' : 's'}, the English ${enQuotes}`, hint: 'a quotation of the German should stay a quotation (“…” or ‘…’) in the English' });
  }
  // (marks of the BMP: a pass over the code units finds them without splitting the text into an array)
  const foreign = new Set<string>();
  for (let i = 0; i < en.length; i++) if ('«»„‹›‚'.includes(en[i])) foreign.add(en[i]);
  if (foreign.size) out.push({ ruleId: 'quote-style', severity: 'warning', message: `the English uses German quotation marks (${[...foreign].join(' ')})`, hint: 'use “…” (or ‘…’) in English' });
  return out;
}

/**
 * German sets the names of publications in quotation marks («Bild», „Wall Street Journal“), English
 * does not (the Wall Street Journal): a quoted name the English repeats unquoted is no quotation.
 */
function quotedNames(de: string, en: string): number {
  let n = 0;
  for (const m of de.matchAll(/[«„“‹]([^«»„“”‹›"]{1,60})[»“”›]/g)) {
    const name = m[1].trim();
    if (!STARTS_UPPER.test(name) || /[.!?:;,]/u.test(name) || name.split(/\s+/).length > 5) continue;
    const at = en.indexOf(name);
    if (at >= 0 && !/[“"‘'«„]$/u.test(en.slice(0, at)) && !/^[”"’'»“]/u.test(en.slice(at + name.length))) n++;
  }
  return n;
}

export function checkPlaceholders(de: string, en: string): Finding[] {
  const tags = (s: string) => [...s.matchAll(PLACEHOLDER)].map((m) => m[0]);
  const d = tags(de);
  const e = tags(en);
  const out: Finding[] = [];
  const missing = d.filter((t) => e.filter((x) => x === t).length < d.filter((x) => x === t).length);
  const extra = e.filter((t) => d.filter((x) => x === t).length < e.filter((x) => x === t).length);
  if (missing.length) out.push({ ruleId: 'placeholder-mismatch', severity: 'error', message: `the English lacks the placeholder${missing.length > 1 ? 's' : ''} ${[...new Set(missing)].join(' ')}`, hint: 'keep every <n>…</n> and <n/> of the German key: they carry the links, emphasis and notes' });
  if (extra.length) out.push({ ruleId: 'placeholder-mismatch', severity: 'error', message: `the English has the placeholder${extra.length > 1 ? 's' : ''} ${[...new Set(extra)].join(' ')}, which the German lacks`, hint: 'use only the placeholders of the German key' });
  if (!missing.length && !extra.length) {
    const open: string[] = [];
    for (const m of en.matchAll(PLACEHOLDER)) {
      if (m[3]) continue;
      if (!m[1]) open.push(m[2]);
      else if (open.pop() !== m[2]) {
        out.push({ ruleId: 'placeholder-mismatch', severity: 'error', message: `the placeholder </${m[2]}> closes out of order`, hint: 'nest paired placeholders like the German: <1>…<2>…</2>…</1>' });
        break;
      }
    }
  }
  const i18n = [...en.matchAll(/\{\{[^}]*\}\}|\$t\(/g)].map((m) => m[0]).filter((t) => !de.includes(t));
  if (i18n.length) out.push({ ruleId: 'placeholder-mismatch', severity: 'error', message: `the English contains i18next syntax ${i18n.join(' ')} that the German lacks`, hint: 'i18next would interpolate it; rephrase, or render with skipInterpolation' });
  const md = MARKDOWN.exec(en);
  if (md) out.push({ ruleId: 'markup-in-target', severity: 'warning', message: `the English contains Markdown "${md[0]}"`, hint: d.length ? 'use the placeholders of the German key instead' : 'the German has no markup here; remove it or add it to the German first' });
  return out;
}

/** Identical English is fine for names, credits, all-caps words and figures; flagged for running text. */
export function checkUntranslated(de: string, en: string): Finding[] {
  if (normalizeKey(de).toLowerCase() !== normalizeKey(en).toLowerCase()) return [];
  const words = stripPlaceholders(de).match(WORDS) ?? [];
  const lowercase = words.filter((w) => STARTS_LOWER.test(w) && w.length > 1);
  if (words.length < 3 || lowercase.length < 2) return [];
  return [{ ruleId: 'untranslated', severity: 'warning', message: 'the English is identical to the German', hint: 'translate it (identical English is accepted only for names, credits and figures)' }];
}

export function checkWhitespace(en: string): Finding[] {
  const problems: string[] = [];
  if (/^\s/.test(en)) problems.push('leading whitespace');
  if (/\s$/.test(en)) problems.push('trailing whitespace');
  if (/[\r\n]/.test(en.trim())) problems.push('a line break');
  if (/\S {2,}\S/.test(en)) problems.push('a double space');
  return problems.length ? [{ ruleId: 'whitespace-mismatch', severity: 'warning', message: `the English has ${problems.join(', ')}`, hint: 'German keys are trimmed, single-spaced lines; match that' }] : [];
}

/** One closing character after the final mark (code units: none of them is astral). */
const CLOSER = /[\s"'»«“”’‘›‹)\]}*_]/;

/**
 * The text without its trailing closers and closing placeholders: `text.replace(/(?:<\/\d+>|closer)+$/u, '')`,
 * read from the end (such a regular expression is tried from every position of the text).
 */
function stripClosers(text: string): string {
  let end = text.length;
  for (;;) {
    if (end > 0 && CLOSER.test(text[end - 1])) {
      end--;
      continue;
    }
    // a closing placeholder `</n>`
    if (text[end - 1] !== '>') break;
    let k = end - 2;
    while (k >= 0 && isDigit(text.charCodeAt(k))) k--;
    if (k === end - 2 || k < 1 || text[k] !== '/' || text[k - 1] !== '<') break;
    end = k - 1;
  }
  return text.slice(0, end);
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** The sentence-final mark after closing quotes, brackets and placeholders ('' when none). */
export function finalMark(text: string): string {
  const t = stripClosers(text);
  if (t.endsWith('...') || t.endsWith('…')) return '…';
  const c = t.slice(-1);
  return '.?!:;,'.includes(c) && c !== '' ? c : '';
}

export function checkPunctuation(de: string, en: string): Finding[] {
  const d = finalMark(de);
  const e = finalMark(en);
  if (d === e) return [];
  const name = (m: string) => (m ? `"${m}"` : 'no punctuation');
  return [{ ruleId: 'punctuation-mismatch', severity: 'warning', message: `the German ends with ${name(d)}, the English with ${name(e)}`, hint: 'keep the sentence type: a question stays a question, a heading stays without a full stop' }];
}
