// The interactive review: walks the queue item by item through a Prompter (the CLI gives it a
// readline terminal; tests a script), asks for a decision, and writes each one at once through the
// injected writer, so quitting or a crash loses nothing decided. No I/O of its own.
import { DiglotError, formatDiagnostic, type Diagnostic } from '../model/diagnostic.js';
import { openFindings } from './check-candidate.js';
import { formatChoices, formatFindings, formatQueueSummary, formatReviewItem, type TerminalStyle } from './format-item.js';
import type { ReviewDecision, ReviewItem, Reviewer } from './types.js';
import { wrapSpans } from './wrap-text.js';

export interface Prompter {
  /** Shows `question`, waits for one line; `prefill` stands in the line, to be edited. null: the user quit (Ctrl-C, Ctrl-D). */
  ask(question: string, prefill?: string): Promise<string | null>;
  /** Shows text (a line break is added); `formatted`: already wrapped and coloured for the terminal. */
  say(text: string, formatted?: boolean): void;
}

export interface SessionOptions {
  items: readonly ReviewItem[];
  prompter: Prompter;
  /** Read before each item: the terminal may be resized meanwhile. */
  style: () => TerminalStyle;
  /** The reviewer's name (`--by`); asked for when absent. */
  by?: string;
  /** The date recorded with a decision (ISO 8601), read when it is written. */
  now: () => string;
  /** QA findings of an English the reviewer typed. */
  check: (item: ReviewItem, en: string) => Diagnostic[];
  /** Writes one decision; throws DiglotError (nothing written) when it cannot. Returns the files written. */
  write: (decision: ReviewDecision, reviewer: Reviewer) => { wrote: string[] };
  /** A root-relative path as the user should see it. */
  show: (rootPath: string) => string;
}

export interface SessionSummary {
  accepted: number;
  edited: number;
  /** English marked reviewed as it was. */
  reviewed: number;
  skipped: number;
  /** Decisions that could not be written (the English changed meanwhile, a lock …). */
  failed: number;
  /** Items not reached because the reviewer quit. */
  left: number;
}

const HELP = [
  'a  accept the suggestion: it becomes the English, marked reviewed by you',
  'r  mark the English reviewed as it is (English from another article is copied into this one)',
  'e  edit: type or change the English, then Enter (an empty line cancels)',
  's  skip: decide later',
  'q  quit: every decision made so far is already written',
].join('\n');

/** Runs the review; resolves with what was decided. */
export async function runReviewSession(opts: SessionOptions): Promise<SessionSummary> {
  const { items } = opts;
  // messages are wrapped to the terminal like the item screens (which arrive wrapped and coloured)
  const prompter: Prompter = { ask: (q, p) => opts.prompter.ask(q, p), say: (text, formatted) => opts.prompter.say(formatted ? text : wrapPlain(text, opts.style().width), formatted) };
  const summary: SessionSummary = { accepted: 0, edited: 0, reviewed: 0, skipped: 0, failed: 0, left: items.length };
  prompter.say(formatQueueSummary(items));
  if (!items.length) return summary;
  const by = opts.by ?? (await askName(prompter));
  if (by === null) return summary;
  prompter.say(`Reviewer: ${by}. Each decision is written at once into the article's English resource; English it replaces is archived, never deleted.`);

  const commit = (decision: ReviewDecision, kind: 'accepted' | 'edited' | 'reviewed'): void => {
    try {
      const { wrote } = opts.write(decision, { by, at: opts.now() });
      summary[kind]++;
      prompter.say(`✓ ${kind === 'edited' ? 'your English written' : kind === 'accepted' ? 'accepted' : 'marked reviewed'}${wrote.length ? `: wrote ${wrote.map(opts.show).join(', ')}` : ''}`);
    } catch (e) {
      if (!(e instanceof DiglotError)) throw e;
      summary.failed++;
      prompter.say(`✗ not written:\n${e.diagnostics.map((d) => formatDiagnostic({ ...d, ...(d.file ? { file: opts.show(d.file) } : {}) })).join('\n')}`);
    }
  };

  for (const [i, item] of items.entries()) {
    prompter.say(`\n${formatReviewItem(item, { index: i + 1, total: items.length }, opts.style())}`, true);
    const done = await decide(item, { ...opts, prompter }, commit, summary);
    if (done === 'quit') {
      prompter.say(`Stopped at ${i + 1} of ${items.length}; run \`diglot review\` again to go on.`);
      break;
    }
    summary.left--;
  }
  prompter.say(describeSummary(summary));
  return summary;
}

/** "diglot review: 2 accepted, 1 edited, 0 marked reviewed, 1 skipped, 3 not reached". */
export function describeSummary(s: SessionSummary): string {
  return `diglot review: ${s.accepted} accepted, ${s.edited} edited, ${s.reviewed} marked reviewed, ${s.skipped} skipped${s.failed ? `, ${s.failed} not written` : ''}${s.left ? `, ${s.left} not reached` : ''}`;
}

/** Asks until the item is decided or skipped ('next') or the reviewer quits. */
async function decide(item: ReviewItem, opts: SessionOptions, commit: (d: ReviewDecision, kind: 'accepted' | 'edited' | 'reviewed') => void, summary: SessionSummary): Promise<'next' | 'quit'> {
  const { prompter } = opts;
  for (;;) {
    const answer = await prompter.ask('> ');
    if (answer === null) return 'quit';
    const key = answer.trim().toLowerCase().slice(0, 1);
    if (key === 'q') return 'quit';
    if (key === 's') {
      summary.skipped++;
      return 'next';
    }
    if (key === '?' || key === 'h') {
      prompter.say(HELP);
      continue;
    }
    if ((key === 'a' || key === 'r') && item.proposal) {
      const errors = openFindings(item.findings).filter((d) => d.severity === 'error').length;
      if (errors) {
        const sure = await prompter.ask(`The English has ${errors} QA error${errors === 1 ? '' : 's'} (above). Accept it anyway? [y/N] `);
        if (sure === null) return 'quit';
        if (!/^y/i.test(sure.trim())) continue;
      }
      commit({ action: 'accept', item }, item.proposal.from === 'suggestion' ? 'accepted' : 'reviewed');
      return 'next';
    }
    if (key === 'e') {
      const en = await editEnglish(item, opts);
      if (en === null) return 'quit';
      if (en === undefined) {
        prompter.say(`edit cancelled; ${formatChoices(item)}`);
        continue;
      }
      commit({ action: 'edit', item, en }, en === item.en ? 'reviewed' : 'edited');
      return 'next';
    }
    prompter.say(`type one of: ${formatChoices(item)}`);
  }
}

/** The reviewer's English (undefined: cancelled; null: quit), shown with its QA findings before it is saved. */
async function editEnglish(item: ReviewItem, opts: SessionOptions): Promise<string | null | undefined> {
  let prefill = item.proposal?.en ?? '';
  for (;;) {
    const typed = await opts.prompter.ask('English> ', prefill);
    if (typed === null) return null;
    // a line typed at a prompt: surrounding spaces are an accident, not part of the translation
    const en = typed.trim();
    if (!en) return undefined;
    const findings = opts.check(item, en);
    if (!openFindings(findings).length) return en;
    opts.prompter.say(formatFindings(findings, opts.style()), true);
    const again = await opts.prompter.ask('Save it? y save · e edit again · n cancel > ');
    if (again === null) return null;
    if (/^y/i.test(again.trim())) return en;
    if (!/^e/i.test(again.trim())) return undefined;
    prefill = en;
  }
}

/** Plain text wrapped to `width`, line by line (a blank line stays blank). */
function wrapPlain(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => (line ? wrapSpans([{ text: line }], width).map((l) => l.map((s) => s.text).join('')).join('\n') : line))
    .join('\n');
}

/** Asks for the reviewer's name until one is given (null: the reviewer quit). */
async function askName(prompter: Prompter): Promise<string | null> {
  for (;;) {
    const name = await prompter.ask('Your name, as the sidecar records the reviewer (or start with --by NAME): ');
    if (name === null) return null;
    const problem = checkReviewerName(name);
    if (!problem) return name.trim();
    prompter.say(problem);
  }
}

/** Why `name` cannot be recorded as a reviewer, or undefined when it can. */
export function checkReviewerName(name: string): string | undefined {
  const n = name.trim();
  if (!n) return 'the reviewer needs a name';
  if (/[\u0000-\u001f\u007f]/.test(n)) return 'the reviewer name cannot hold control characters or line breaks';
  if (n.length > 100) return 'the reviewer name is longer than 100 characters';
  return undefined;
}
