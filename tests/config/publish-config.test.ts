// The publishing part of the run definition: the review page as an output, the pages' interface
// language and which glossary occurrences readers see marked.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { copyProject, write } from '../helpers/project.js';
import { thrownDiglotError } from '../helpers/diglot-error.js';

function load(yaml: string) {
  const dir = copyProject('tests/fixtures/build/basic/input');
  write(dir, 'pipeline/edition.yaml', yaml);
  return loadConfig(dir);
}

const rejected = (yaml: string) => thrownDiglotError(() => load(yaml)).diagnostics;

describe('publish settings', () => {
  it('defaults: the reader page only, interface in the source language, first occurrences marked', () => {
    const c = load('sources: [a.md]\nsourceLanguage: de-CH\n');
    expect(c.outputs).toEqual(['html', 'md', 'json', 'coverage']);
    expect(c.publish).toEqual({ incomplete: 'german-only', interface: 'de', terms: 'first' });
    expect(load('sources: [a.md]\nsourceLanguage: fr\n').publish.interface).toBe('en');
  });

  it('accepts the review output, an interface language and a marking mode', () => {
    const c = load('sources: [a.md]\noutputs: [html, review]\npublish:\n  interface: en-GB\n  terms: all\n');
    expect(c.outputs).toEqual(['html', 'review']);
    expect(c.publish).toMatchObject({ interface: 'en-GB', terms: 'all' });
  });

  it('rejects an interface language the pages have no strings for, and an unknown marking mode, at their position', () => {
    const [lang] = rejected('sources: [a.md]\npublish:\n  interface: fr\n');
    expect(lang).toMatchObject({ ruleId: 'config-invalid', file: 'pipeline/edition.yaml', place: { start: { line: 3 } } });
    const [terms] = rejected('sources: [a.md]\npublish:\n  terms: every\n');
    expect(terms).toMatchObject({ ruleId: 'config-invalid', place: { start: { line: 3 } } });
    expect(terms.message).toMatch(/first/);
  });
});
