// The run definition's segment options reach the build: newsroom abbreviations and an SRX file.
import { describe, expect, it } from 'vitest';
import { copyProject, read, write } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';

const MD = '---\ntitle: Titel\nslug: mini\n---\n\nDer Bericht kam von Korr. Meier aus Bern. Dann folgte mehr.\n';
const SRX = `<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
  <header segmentsubflows="yes" cascade="yes"/>
  <body>
    <languagerules>
      <languagerule languagerulename="Newsroom">
        <rule break="no"><beforebreak>\\bKorr\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
      </languagerule>
    </languagerules>
    <maprules><languagemap languagepattern="de.*" languagerulename="Newsroom"/></maprules>
  </body>
</srx>
`;

async function keys(dir: string) {
  const res = await runDiglot(['build', '-q'], { cwd: dir });
  expect(res.code, res.stderr).toBeLessThan(2);
  return (JSON.parse(read(dir, 'dist/mini.json')) as { units: Array<{ de: { key: string } }> }).units.map((u) => u.de.key);
}

describe('segment options from pipeline/edition.yaml', () => {
  it('splits after an unknown abbreviation by default', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    write(dir, 'locales/de/mini.md', MD);
    expect(await keys(dir)).toContain('Meier aus Bern.');
  });

  it('keeps a configured newsroom abbreviation inside the sentence', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    write(dir, 'locales/de/mini.md', MD);
    write(dir, 'pipeline/edition.yaml', `${read(dir, 'pipeline/edition.yaml')}segment:\n  abbreviations: [Korr.]\n`);
    expect(await keys(dir)).toContain('Der Bericht kam von Korr. Meier aus Bern.');
  });

  it('applies an SRX 2.0 rules file', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    write(dir, 'locales/de/mini.md', MD);
    write(dir, 'pipeline/newsroom.srx', SRX);
    write(dir, 'pipeline/edition.yaml', `${read(dir, 'pipeline/edition.yaml')}segment:\n  rules: pipeline/newsroom.srx\n`);
    expect(await keys(dir)).toContain('Der Bericht kam von Korr. Meier aus Bern.');
  });

  it('reports a broken SRX file with its position and exits 2', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    write(dir, 'pipeline/newsroom.srx', '<srx version="2.0"><body>\n<languagerules></body></srx>');
    write(dir, 'pipeline/edition.yaml', `${read(dir, 'pipeline/edition.yaml')}segment:\n  rules: pipeline/newsroom.srx\n`);
    const res = await runDiglot(['build'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^pipeline\/newsroom\.srx:2:\d+: error /m);
  });
});
