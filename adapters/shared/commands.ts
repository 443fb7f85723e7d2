// Commands as each surface takes them. The core writes a command as Slack's slash command in a code
// span (`/kafka-quiz review`); Teams and the console take the same words typed (`quiz review`,
// `path`), and Teams shows no code spans, so there they become bold words.

/** `/kafka-quiz review` -> `quiz review`, `/kafka path` -> `path`, anything else as written. */
export function typedCommand(command: string): string {
  const quiz = /^\/kafka-quiz(?:\s+(.*))?$/.exec(command.trim());
  if (quiz) return quiz[1] ? `quiz ${quiz[1]}` : 'quiz';
  const kafka = /^\/kafka\s+(.+)$/.exec(command.trim());
  return kafka?.[1] ?? command;
}

/** Markdown-lite with every code span replaced by its typed command, in `**bold**` by default. */
export function typedCommands(markdownLite: string, wrap = (command: string) => `**${command}**`): string {
  return markdownLite.replace(/`([^`\n]+)`/g, (_, command: string) => wrap(typedCommand(command)));
}
