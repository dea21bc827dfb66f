// The interactive review's decisions, driven by a scripted prompter: accept, mark reviewed, edit
// (with QA before saving), skip, quit, help; a decision that cannot be written is reported and the
// review goes on. (The terminal itself is driven through a real pseudo-terminal in interactive-pty.)
import { beforeEach, describe, expect, it } from 'vitest';
import { DiglotError } from '../../src/model/diagnostic.js';
import { runPipeline, type ProjectResult } from '../../src/project/index.js';
import { checkCandidate, collectReviewItems, runReviewSession, type ReviewDecision, type ReviewItem, type Reviewer, type SessionOptions } from '../../src/review/index.js';
import { copyProject } from '../helpers/project.js';

let project: ProjectResult;
let items: ReviewItem[];

beforeEach(async () => {
  project ??= await runPipeline({ cwd: copyProject('tests/fixtures/review/project') });
  items = collectReviewItems(project.documents, { glossary: project.glossary, waivers: project.terms!.waivers });
});

/** A prompter answering from a list; records every question and every text shown. */
function scripted(answers: Array<string | null>) {
  const asked: Array<{ question: string; prefill?: string }> = [];
  const said: string[] = [];
  return {
    asked,
    said,
    prompter: {
      ask: async (question: string, prefill?: string) => {
        asked.push({ question, ...(prefill !== undefined ? { prefill } : {}) });
        if (!answers.length) throw new Error(`no answer left for "${question}"`);
        return answers.shift()!;
      },
      say: (text: string) => void said.push(text),
    },
  };
}

function session(answers: Array<string | null>, opts: Partial<SessionOptions> = {}) {
  const s = scripted(answers);
  const written: Array<{ decision: ReviewDecision; reviewer: Reviewer }> = [];
  const run = runReviewSession({
    items,
    prompter: s.prompter,
    style: () => ({ width: 200, paint: (t) => t }),
    by: 'A. Editor',
    now: () => '2026-12-08T09:30:00Z',
    check: (item, en) => checkCandidate(item.unit, project.documents.find((d) => d.source.path === item.document)!.source, en, { glossary: project.glossary, waivers: [] }),
    write: (decision, reviewer) => {
      written.push({ decision, reviewer });
      return { wrote: ['locales/en/gipfel.json'] };
    },
    show: (f) => f,
    ...opts,
  });
  return { ...s, written, run };
}

describe('the review session', () => {
  it('accepts, marks reviewed, edits, skips, and records who and when with each decision', async () => {
    // items: aligned (QA error), imported, stale, fuzzy, missing, memory, missing
    const s = session(['r', 'y', 'r', 'a', 'e', 'The foreign ministers met in the morning.', 's', 'a', 's']);
    const summary = await s.run;
    expect(summary).toEqual({ accepted: 2, edited: 1, reviewed: 2, skipped: 2, failed: 0, left: 0 });
    expect(s.written.map((w) => [w.decision.action, w.decision.item.reason, w.decision.action === 'edit' ? w.decision.en : undefined])).toEqual([
      ['accept', 'aligned', undefined],
      ['accept', 'imported', undefined],
      ['accept', 'stale', undefined],
      ['edit', 'fuzzy', 'The foreign ministers met in the morning.'],
      ['accept', 'memory', undefined],
    ]);
    expect(s.written.every((w) => w.reviewer.by === 'A. Editor' && w.reviewer.at === '2026-12-08T09:30:00Z')).toBe(true);
    // accepting English with a QA error asks first
    expect(s.asked[1].question).toBe('The English has 1 QA error (above). Accept it anyway? [y/N] ');
    // the edit starts from the suggestion
    expect(s.asked.find((a) => a.question === 'English> ')).toEqual({ question: 'English> ', prefill: 'The foreign ministers met on the sidelines.' });
    expect(s.said[0]).toBe('7 sentences need a decision: 2 missing, 1 stale, 1 fuzzy, 1 memory, 1 aligned, 1 imported');
    expect(s.said.filter((t) => t.startsWith('✓ '))).toHaveLength(5);
  });

  it('does not accept English with a QA error unless confirmed; shows QA of typed English before saving it', async () => {
    const s = session(['r', 'n', 'e', 'The meeting starts on Monday, 3 May.', 'e', 'The summit starts on Monday.', 'q']);
    const summary = await s.run;
    expect(s.written.map((w) => (w.decision.action === 'edit' ? w.decision.en : w.decision.action))).toEqual(['The summit starts on Monday.']);
    expect(summary).toMatchObject({ edited: 1, left: 6 });
    const qa = s.said.find((t) => t.startsWith('QA'))!;
    expect(qa).toContain('error term-missing-in-target');
    expect(qa).toContain('error number-mismatch');
    // "edit again" starts from what was typed
    expect(s.asked.filter((a) => a.question === 'English> ').map((a) => a.prefill)).toEqual(['The meeting starts on Monday.', 'The meeting starts on Monday, 3 May.']);
  });

  it('cancels an edit on an empty line, answers ? with help and anything else with the choices', async () => {
    const s = session(['e', '   ', '?', 'x', 'q']);
    const summary = await s.run;
    expect(s.written).toEqual([]);
    expect(summary).toEqual({ accepted: 0, edited: 0, reviewed: 0, skipped: 0, failed: 0, left: 7 });
    expect(s.said).toContain('edit cancelled; r mark reviewed · e edit · s skip · q quit · ? help');
    expect(s.said.some((t) => t.startsWith('a  accept the suggestion'))).toBe(true);
    expect(s.said).toContain('type one of: r mark reviewed · e edit · s skip · q quit · ? help');
    expect(s.said.slice(-2)).toEqual(['Stopped at 1 of 7; run `diglot review` again to go on.', 'diglot review: 0 accepted, 0 edited, 0 marked reviewed, 0 skipped, 7 not reached']);
  });

  it('treats Ctrl-C / Ctrl-D (null) as quit, in the middle of an edit too', async () => {
    const s = session(['s', 'e', null]);
    expect(await s.run).toMatchObject({ skipped: 1, left: 6 });
    expect(s.written).toEqual([]);
  });

  it('reports a decision that cannot be written and goes on with the next sentence', async () => {
    let calls = 0;
    const write = () => {
      if (++calls === 1) throw new DiglotError({ ruleId: 'review-concurrent-edit', severity: 'error', message: 'unit x: the English changed while you reviewed it', file: 'locales/de/gipfel.md' });
      return { wrote: [] };
    };
    const s = session(['y', 'r', 'y', 'r', 'q'], { write });
    const summary = await s.run;
    expect(summary).toMatchObject({ failed: 1, reviewed: 1, left: 5 });
    expect(s.said).toContain('✗ not written:\nlocales/de/gipfel.md: error review-concurrent-edit: unit x: the English changed while you reviewed it');
  });

  it('asks for the reviewer name when --by was not given, and refuses an empty one', async () => {
    const s = session(['', 'B. Reviewer', 'r', 'y', 'q'], { by: undefined });
    await s.run;
    expect(s.asked[0].question).toMatch(/^Your name/);
    expect(s.said).toContain('the reviewer needs a name');
    expect(s.written[0].reviewer.by).toBe('B. Reviewer');
  });

  it('wraps everything it says to the terminal width, messages included', async () => {
    const s = session(['r', 'y', 'e', 'The summit starts on Monday, 3 May.', 'n', 'q'], { style: () => ({ width: 24, paint: (t) => t }) });
    await s.run;
    const lines = s.said.flatMap((t) => t.split('\n'));
    expect(lines.length).toBeGreaterThan(40);
    for (const l of lines) expect([...l].length, l).toBeLessThanOrEqual(24);
    expect(lines).toContain('✓ marked reviewed: wrote');
  });

  it('says there is nothing to review, and asks nothing', async () => {
    items = [];
    const s = session([]);
    expect(await s.run).toEqual({ accepted: 0, edited: 0, reviewed: 0, skipped: 0, failed: 0, left: 0 });
    expect(s.asked).toEqual([]);
  });
});
