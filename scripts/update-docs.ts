// `npm run docs`: regenerates the parts of README.md that come from the code (the Messages table from
// the rule catalogue), so the README never drifts from what diglot reports.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { replaceRuleTable } from '../src/report/rule-table.js';

const readmePath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../README.md');
const before = fs.readFileSync(readmePath, 'utf8');
const after = replaceRuleTable(before);
if (after !== before) fs.writeFileSync(readmePath, after);
process.stdout.write(after === before ? 'README.md: Messages table up to date\n' : 'README.md: Messages table rewritten from src/model/rules.ts\n');
