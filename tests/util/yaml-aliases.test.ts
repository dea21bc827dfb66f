// YAML alias bombs and aliases to anchors that do not exist are user errors (exit 2, file:line:col,
// the syntax rule id of the file), not crashes: in the run definition, a glossary and front matter.
import { describe, expect, it } from 'vitest';
import { parseYamlWithSchema, YAML_MAX_ALIAS_COUNT } from '../../src/util/yaml-validate.js';
import { parseGlossary } from '../../src/glossary/index.js';
import { segmentDocument } from '../../src/segment/index.js';
import { copyProject, write } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';

// 9^5 = 59,049 copies of "lol" from 45 aliases: a billion laughs in small
const BOMB = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]', ''].join('\n');
const UNDEFINED = 'sources: [*nirgends]\n';
const schema = { type: 'object' };
const ids = { syntax: 'config-invalid-yaml', unknownKey: 'config-unknown-key', invalid: 'config-invalid' } as const;

describe('YAML aliases', () => {
  it('refuses an alias bomb at its first alias, and an alias without anchor at that alias', () => {
    const bomb = parseYamlWithSchema(BOMB, 'x.yaml', schema, ids, 'test');
    expect(bomb.value).toBeUndefined();
    expect(bomb.diagnostics).toHaveLength(1);
    expect(bomb.diagnostics[0]).toMatchObject({ ruleId: 'config-invalid-yaml', place: { start: { line: 2, column: 8 } } });
    expect(bomb.diagnostics[0].message).toBe(`invalid YAML: its aliases expand to more than ${YAML_MAX_ALIAS_COUNT} copies (an "alias bomb")`);
    const undef = parseYamlWithSchema(UNDEFINED, 'x.yaml', schema, ids, 'test');
    expect(undef.diagnostics[0]).toMatchObject({ ruleId: 'config-invalid-yaml', message: 'invalid YAML: the alias *nirgends refers to no anchor &nirgends before it', place: { start: { line: 1, column: 11 } } });
    // a few aliases are fine
    expect(parseYamlWithSchema('a: &x [1]\nb: *x\n', 'x.yaml', schema, ids, 'test').value).toEqual({ a: [1], b: [1] });
  });

  it('in a glossary and in front matter', () => {
    const glossary = parseGlossary(`terms:\n  - de: Gipfel\n    en: *gipfel\n`, 'g.yaml');
    expect(glossary.entries).toEqual([]);
    expect(glossary.diagnostics).toMatchObject([{ ruleId: 'glossary-yaml-syntax', severity: 'error', place: { start: { line: 3, column: 9 } } }]);
    expect(parseGlossary(`${BOMB}terms: []\n`, 'g.yaml').diagnostics[0].message).toContain('alias bomb');
    const fm = segmentDocument({ path: 'a.md', text: `---\n${BOMB}title: T\n---\n\nText.\n` }).diagnostics;
    expect(fm).toMatchObject([{ ruleId: 'frontmatter-invalid-yaml', severity: 'error', place: { start: { line: 3, column: 8 } } }]);
    expect(fm[0].message).toContain('alias bomb');
  });

  it('the CLI exits 2 (not 70) for an alias bomb in the run definition or a glossary', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    write(dir, 'glossary/bomb.yaml', `${BOMB}terms: []\n`);
    const glossary = await runDiglot(['build'], { cwd: dir });
    expect(glossary.code).toBe(2);
    expect(glossary.stderr).toMatch(/glossary\/bomb\.yaml:2:8: error glossary-yaml-syntax: invalid YAML: its aliases expand/);
    write(dir, 'pipeline/edition.yaml', `x: &x ${UNDEFINED}`);
    const config = await runDiglot(['build'], { cwd: dir });
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(/pipeline\/edition\.yaml:1:\d+: error config-invalid-yaml/);
  });
});
