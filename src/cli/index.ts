// The CLI runner for programs that embed diglot (`import { runCli } from 'diglot/cli'`): argv and
// streams in, exit code out; the same function `npx diglot` runs.
export { runCli } from './main.js';
export { EXIT, type CommandIO, type Output } from './command.js';
