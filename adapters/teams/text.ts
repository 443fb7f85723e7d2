// Markdown-lite as Teams shows it: the values an answer turns on in bold, commands typed as words in
// bold (`quiz review`, never a code span, which Teams shows with its backticks).
import { emphasise } from '../../src/index.js';
import { typedCommands } from '../shared/commands.js';

export function teamsText(markdownLite: string, emphasis?: readonly string[]): string {
  return typedCommands(emphasise(markdownLite, emphasis));
}
