// The gallery's replies as each surface sends them: Teams activities (and the search extension's
// results), Slack messages (and the App Home view), console text at 60/80/120 columns.
import { renderReply as teamsMessage } from '../../adapters/teams/render.js';
import { welcomeReply } from '../../adapters/teams/welcome.js';
import { searchNotes } from '../../adapters/teams/message-extension.js';
import { renderReply as slackMessage } from '../../adapters/slack/render.js';
import { homeBlocks } from '../../adapters/slack/home.js';
import { renderConsole } from '../../adapters/console/render.js';
import { mainSubjects } from '../../src/index.js';
import type { Gallery } from './gallery.js';
import type { TeamsShot } from './teams-page.js';
import type { SlackShot } from './slack-page.js';

export interface Surfaces {
  teams: TeamsShot[];
  slack: SlackShot[];
  /** `<name>-<columns>` -> the console's text. */
  consoles: Map<string, string>;
}

const COLUMNS = [60, 80, 120];

export function surfaces(gallery: Gallery): Surfaces {
  const teams: TeamsShot[] = [];
  const slack: SlackShot[] = [];
  const consoles = new Map<string, string>();
  const teamsShot = (id: string, message: { text?: string; summary?: string; attachments?: Array<{ content: unknown }> }) => {
    teams.push({
      id,
      notification: message.summary ?? message.text ?? '',
      ...(message.text && message.attachments?.length ? { text: message.text } : {}),
      ...(message.attachments?.[0] ? { card: message.attachments[0].content } : { text: message.text ?? '' }),
    });
  };
  for (const { name, reply } of gallery.replies) {
    teamsShot(name, teamsMessage(reply));
    if (reply.quiz?.question) {
      teamsShot(`${name}-channel`, teamsMessage(reply, { quiz: { ownerId: '29:alice', ownerName: 'Alice', shared: true } }));
    }
    const message = slackMessage(reply);
    slack.push({ id: name, text: message.text, blocks: message.blocks, ephemeral: Boolean(reply.private) });
    for (const columns of COLUMNS) consoles.set(`${name}-${columns}`, renderConsole(reply, { width: columns, color: false }));
  }
  teamsShot('welcome-personal', teamsMessage(welcomeReply()));
  const search = searchNotes(gallery.knowledge, { commandId: 'searchNotes', parameters: [{ name: 'searchQuery', value: 'RAID 10' }] });
  if (search.composeExtension.type === 'result') {
    const first = search.composeExtension.attachments[0];
    if (first) {
      teams.push({ id: 'search-preview', notification: '', preview: first.preview.content });
      teams.push({ id: 'search-card', notification: '', card: first.content });
    }
  }
  const pick = (name: string) => gallery.replies.find((r) => r.name === name)?.reply;
  const topics = mainSubjects(gallery.knowledge.current, 5);
  slack.push({ id: 'app-home', home: true, blocks: homeBlocks(topics, pick('quiz-stats'), pick('path')) });
  return { teams, slack, consoles };
}
