// German keys that are names of Object.prototype members ("__proto__", "constructor") are entries like
// any other in the resource, the sidecar (review kept), the archive and a glossary CSV.
import { describe, expect, it } from 'vitest';
import { copyProject, read, write } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';
import { runPipeline } from '../../src/project/index.js';
import { parseSidecar } from '../../src/locale/index.js';
import { readGlossaryCsv } from '../../src/glossary/index.js';

const SRC = 'locales/de/gipfel.md';
const RES = 'locales/en/gipfel.json';
const SIDECAR = '.diglot/locales/en/gipfel.diglot.json';

describe('keys named like Object.prototype members', () => {
  it('keep their sidecar entry and review through sync, and are archived when the German goes', async () => {
    const dir = copyProject('tests/fixtures/sync/basic');
    write(dir, SRC, `${read(dir, SRC)}\n\\_\\_proto\\_\\_\n\nconstructor\n`);
    // a null-prototype object: "__proto__" is then an own key, as JSON.parse makes it
    const resource = Object.assign(Object.create(null) as Record<string, string>, JSON.parse(read(dir, RES)));
    resource['__proto__'] = 'The proto';
    resource['constructor'] = 'The constructor';
    write(dir, RES, JSON.stringify(resource, null, 2));
    expect(read(dir, RES)).toContain('"__proto__": "The proto"');
    expect((await runDiglot(['sync'], { cwd: dir })).code).toBe(0);
    const sidecar = parseSidecar(read(dir, SIDECAR), SIDECAR).sidecar!;
    expect(Object.keys(sidecar.entries)).toContain('__proto__');
    expect(Object.keys(sidecar.entries)).toContain('constructor');
    // a reviewer marks both; the review survives another sync and shows in the units
    write(dir, SIDECAR, read(dir, SIDECAR).replace(/("(?:__proto__|constructor)": \{"status":)"translated"/g, '$1"reviewed","reviewedBy":"anna"'));
    expect((await runDiglot(['sync'], { cwd: dir })).code).toBe(0);
    expect(read(dir, SIDECAR).match(/"reviewedBy":"anna"/g)).toHaveLength(2);
    const units = (await runPipeline({ cwd: dir })).documents[0].units.filter((u) => ['__proto__', 'constructor'].includes(u.segment.key));
    expect(units.map((u) => [u.segment.key, u.en, u.status])).toEqual([['__proto__', 'The proto', 'reviewed'], ['constructor', 'The constructor', 'reviewed']]);
    // the German goes: both English texts are archived with their review
    write(dir, SRC, read(dir, SRC).replace('\\_\\_proto\\_\\_\n\nconstructor\n', ''));
    expect((await runDiglot(['sync'], { cwd: dir })).code).toBe(0);
    const orphans = read(dir, '.diglot/locales/en/gipfel.orphans.json');
    expect(orphans).toContain('{"de":"__proto__","en":"The proto","reason":"source-edited"');
    expect(orphans).toContain('{"de":"constructor","en":"The constructor","reason":"source-edited"');
  });

  it('a glossary CSV with a "constructor" or "__proto__" column reports it as unknown', () => {
    const read = readGlossaryCsv('de,en,constructor,__proto__\nGipfel,summit,x,y\n', 'g.csv');
    expect(read.entries.map((e) => [e.de, e.en])).toEqual([['Gipfel', ['summit']]]);
    expect(read.diagnostics.map((d) => d.ruleId)).toEqual(['glossary-csv-unknown-column', 'glossary-csv-unknown-column']);
  });
});
