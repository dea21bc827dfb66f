// `diglot export`: the project's aligned units as TMX, XLIFF 2.1, XLIFF 1.2 or gettext PO, or its
// glossary as TBX-Basic (2008 or v3), to stdout (one file for all documents) or into --out DIR (one
// file per document).
import path from 'node:path';
import { EXIT, stringOpt, UsageError, type Command } from '../command.js';
import { CONFIG_OPTION, runProject } from '../project-options.js';
import { createProgressBar } from '../progress.js';
import { CAT_PROFILES, exportAll, exportFiles, EXTENSIONS, INTERCHANGE_OUTPUTS, TBX_VERSIONS, type CatProfile, type ExportOptions, type InterchangeOutput, type TbxVersion } from '../../interchange/index.js';
import { DiglotError } from '../../model/diagnostic.js';
import { findOutputOverlaps } from '../../config/check-overlaps.js';
import { commitFileSet } from '../../util/file-set.js';
import { recoverFileSets } from '../../util/recover-file-sets.js';
import { clipMiddle } from '../../util/clip.js';
import { printNotices } from '../print-diagnostics.js';
import { FORMAT_TEXT_JSON, writeJsonReport } from '../json-output.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'export aligned units as TMX / XLIFF 2.1 / XLIFF 1.2 / PO, or the glossary as TBX',
  usage: ['export --format tmx|xliff|xliff12|po|tbx [--for omegat|okapi] [--tbx-version 2008|v3] [--out DIR [--report text|json]] [--config FILE] [--date STAMP]'],
  options: [
    { name: 'format', type: 'string', short: 'f', value: 'FORMAT', description: 'tmx (TMX 1.4b), xliff (XLIFF 2.1), xliff12 (XLIFF 1.2), po (gettext PO) or tbx (TBX-Basic glossary)', choices: INTERCHANGE_OUTPUTS },
    { name: 'for', type: 'string', value: 'TOOL', description: 'xliff12 for a CAT tool that translates <target>: omegat (every target a copy of the German) or okapi (units without English get the copy)', choices: CAT_PROFILES },
    { name: 'tbx-version', type: 'string', value: 'V', description: 'tbx: 2008 (TBX-Basic martif, default: what Translate Toolkit, OmegaT and Weblate read) or v3 (TBX v3, ISO 30042:2019)', choices: TBX_VERSIONS },
    { name: 'out', type: 'string', short: 'o', value: 'DIR', description: 'write <slug>.tmx / <slug>.xlf / <slug>.xliff12.xlf / <slug>.po / glossary.tbx into DIR instead of stdout' },
    { name: 'report', type: 'string', value: 'FORMAT', description: 'with --out: the list of written files as text (default, stderr) or json (stdout)', choices: FORMAT_TEXT_JSON },
    CONFIG_OPTION,
    { name: 'date', type: 'string', value: 'STAMP', description: 'creation date to record (TMX form 20240131T120000Z); omitted by default so exports are reproducible' },
  ],
  positionals: { min: 0, max: 0 },
  details:
    'Languages come from sourceLanguage/targetLanguage of the run definition (e.g. de-CH → en-GB).\n' +
    'Missing units are exported without English; stale and fuzzy ones carry the old English as a match\n' +
    '(XLIFF 2.1 <mtc:match>, 1.2 <alt-trans>, PO #, fuzzy with #| msgid). --out DIR is relative to the current directory.\n' +
    '--for omegat: put the file in the OmegaT project\'s source/ and `diglot export --format tmx` in its tm/auto/;\n' +
    'import the file from target/ (untouched copies of the German are never taken for English).\n' +
    '--report json: {"format","files":[{"path","document","units"}],"diagnostics":[],"summary":{…}}, each path as\n' +
    'seen from the current directory, document relative to the project root (null for glossary.tbx, whose\n' +
    '"units" are glossary entries).\n' +
    'Exit 0: written · 2: usage or input error, or text XML 1.0 cannot carry.',
  async run(args, io) {
    const format = stringOpt(args, 'format') as InterchangeOutput | undefined;
    if (!format) throw new UsageError('--format is required (tmx, xliff, xliff12, po or tbx)');
    const profile = stringOpt(args, 'for') as CatProfile | undefined;
    if (profile !== undefined && format !== 'xliff12') throw new UsageError(`--for ${profile} pre-fills XLIFF 1.2 targets; use it with --format xliff12`);
    const tbxVersion = stringOpt(args, 'tbx-version') as TbxVersion | undefined;
    if (tbxVersion !== undefined && format !== 'tbx') throw new UsageError('--tbx-version chooses the glossary dialect; use it with --format tbx');
    const outDir = stringOpt(args, 'out');
    const report = stringOpt(args, 'report');
    if (report !== undefined && outDir === undefined) throw new UsageError('--report describes the files written with --out DIR; without --out the export itself goes to stdout');
    const date = stringOpt(args, 'date');
    if (date !== undefined && !/^\d{8}T\d{6}Z$/.test(date)) throw new UsageError(`--date must look like 20240131T120000Z, got "${date}"`);
    // exports carry the units' term hits (XLIFF glossary annotations), not QA findings; TBX is the
    // glossary alone, so no source is read for it
    // a bar on stderr while a large project is read and matched (terminal only; never with --report json)
    const bar = createProgressBar(io.stderr, { quiet: report === 'json' });
    const { project } = await runProject(args, io, format === 'tbx' ? 'glossary-only' : { checks: false }, bar.onProgress).finally(() => bar.clear());
    const input = {
      documents: project.documents,
      glossary: project.glossary.entries,
      sourceLanguage: project.config.sourceLanguage,
      targetLanguage: project.config.targetLanguage,
    };
    const opts: ExportOptions = { ...(date ? { creationDate: date } : {}), ...(profile ? { profile } : {}), ...(tbxVersion ? { tbxVersion } : {}) };
    if (outDir === undefined) {
      io.stdout.write(exportAll(input, format, opts));
      return EXIT.ok;
    }
    const dir = path.resolve(io.cwd, outDir);
    const overlaps = findOutputOverlaps(dir, project.config, []);
    if (overlaps.length) {
      throw new DiglotError(overlaps.slice(0, 3).map((o) => ({
        ruleId: 'export-out-overlaps',
        severity: 'error' as const,
        message: `--out "${clipMiddle(outDir, 120)}" ${o.description}; exporting there could overwrite what diglot reads`,
        hint: 'name a folder of its own for the exported files, e.g. --out exports',
        source: 'export',
      })));
    }
    const root = path.resolve(project.config.root);
    printNotices(io.stderr, recoverFileSets(dir, root));
    const exported = exportFiles(input, [format], opts);
    // all files of one export appear together (one set, guarded: each name stays inside DIR)
    commitFileSet(exported.map((f) => ({ folder: dir, name: f.name, content: f.content })), { project: root, journalDir: dir });
    const shown = exported.map((f) => path.relative(io.cwd, path.join(dir, f.name)).split(path.sep).join('/'));
    if (report === 'json') {
      const bySlug = new Map(project.documents.map((d) => [`${d.source.slug}${EXTENSIONS[format]}`, d]));
      writeJsonReport(io.stdout, {
        format,
        files: exported.map((f, i) => {
          const doc = bySlug.get(f.name);
          return { path: shown[i], document: doc ? doc.source.path : null, units: doc ? doc.units.length : project.glossary.entries.length };
        }),
      });
    } else io.stderr.write(`diglot export: wrote ${shown.join(', ')}\n`);
    return EXIT.ok;
  },
};
