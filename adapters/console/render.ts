// Reply -> console text: the plain-text rendering plus the buttons as commands you can type.
import type { Reply } from '../../src/index.js';

export function renderConsole(reply: Reply): string {
  const hints: string[] = [];
  if (reply.actions.some((a) => a.type === 'quiz_answer')) hints.push('O 또는 X 를 입력하세요');
  if (reply.actions.some((a) => a.type === 'quiz_command' && a.command === 'review')) hints.push('/kafka-quiz review 로 복습');
  return `${reply.text}${hints.length > 0 ? `\n» ${hints.join(' · ')}` : ''}\n`;
}
