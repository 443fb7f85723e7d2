// Teams messages drawn by Microsoft's own Adaptive Cards renderer (npm `adaptivecards`) with Teams'
// light host config, in a Teams-like chat frame: the notification line (activity `summary`), any
// message `text` above the card (Teams shows it), then the card. Markdown as Teams reads it: bold,
// italic, lists and links; code spans, headings and quotes stay literal.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import hostConfig from './teams-light-host-config.json' with { type: 'json' };

const require = createRequire(import.meta.url);

/** One message to draw. */
export interface TeamsShot {
  id: string;
  /** What a notification shows (activity `summary`, else `text`). */
  notification: string;
  /** Message text shown above the card, when the activity has one. */
  text?: string;
  card?: unknown;
  /** A search extension preview (thumbnail card) drawn as Teams lists it. */
  preview?: { title: string; subtitle?: string; text?: string };
}

/** Teams' look around the card (Fluent v9 light): chat canvas, bubble, buttons by style. */
const CSS = `
body { margin: 0; background: #f5f5f5; font-family: 'Segoe UI', 'Noto Sans CJK KR', 'Noto Color Emoji', sans-serif; }
.shot { padding: 12px; width: max-content; }
.note { font-size: 11px; color: #616161; margin: 0 0 6px 44px; max-width: var(--w); white-space: nowrap;
  overflow: hidden; text-overflow: ellipsis; }
.note b { color: #242424; font-weight: 600; }
.row { display: flex; gap: 8px; }
.avatar { width: 32px; height: 32px; border-radius: 50%; background: #5b5fc7; color: #fff; font: 600 12px sans-serif;
  display: flex; align-items: center; justify-content: center; flex: none; }
.bubble { background: #fff; border-radius: 6px; padding: 8px 12px 12px; box-shadow: 0 1px 2px rgba(0,0,0,.14);
  width: var(--w); box-sizing: border-box; }
.who { font-size: 12px; color: #616161; margin-bottom: 6px; } .who b { color: #242424; font-weight: 600;
  margin-right: 8px; }
.text { font-size: 14px; color: #242424; margin-bottom: 8px; white-space: pre-wrap; }
.card { border: 1px solid #e0e0e0; border-radius: 4px; overflow: hidden; }
.preview { border: 1px solid #e0e0e0; border-radius: 4px; padding: 8px 12px; font-size: 14px; }
.preview .t { font-weight: 600; } .preview .s { color: #616161; font-size: 12px; } .preview .x { color: #424242;
  font-size: 12px; }
.ac-pushButton { font-family: inherit; font-size: 14px; font-weight: 600; height: 32px; padding: 0 12px;
  border-radius: 4px;
  background: #fff; color: #242424; border: 1px solid #d1d1d1; overflow: hidden; text-overflow: ellipsis;
  white-space: nowrap; cursor: pointer; }
.ac-pushButton.style-positive, .ac-pushButton.style-emphasis { background: #5b5fc7; border-color: #5b5fc7;
  color: #fff; }
.ac-pushButton.style-destructive { color: #c4314b; border-color: #c4314b; }
.ac-selectable { cursor: pointer; border-radius: 4px; }
.mention { color: #5b5fc7; font-weight: 600; }
.ac-textBlock a { color: #5b5fc7; text-decoration: none; }
.ac-textBlock p { margin: 0; }
.ac-textBlock ul, .ac-textBlock ol { margin: 0; padding-left: 18px; box-sizing: border-box; width: 100%; white-space: normal; }
`;

/** Draw `shots` at `width` px of card and return each one's PNG. */
export async function teamsScreenshots(page: Page, shots: TeamsShot[], width: number): Promise<Map<string, Buffer>> {
  await page.addStyleTag({ content: CSS });
  await page.addScriptTag({ path: require.resolve('adaptivecards/dist/adaptivecards.min.js') });
  await page.addScriptTag({ path: require.resolve('markdown-it/dist/markdown-it.min.js') });
  const errors = await page.evaluate(drawAll, { shots, hostConfig, width });
  if (errors.length > 0) throw new Error(`adaptive cards renderer: ${errors.join('; ')}`);
  const out = new Map<string, Buffer>();
  for (const shot of shots) out.set(shot.id, await page.locator(`#${shot.id}`).screenshot());
  return out;
}

interface DrawInput {
  shots: TeamsShot[];
  hostConfig: unknown;
  width: number;
}

/** Runs in the page: AdaptiveCards and markdownit are the globals the two bundles define. */
function drawAll({ shots, hostConfig, width }: DrawInput): string[] {
  const g = globalThis as unknown as {
    AdaptiveCards: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- the bundle's global
    markdownit: (options: object) => { render(text: string): string; disable(rules: string[]): unknown };
    document: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- DOM types are not in this project's lib
  };
  const AC = g.AdaptiveCards;
  const md = g.markdownit({ html: false, linkify: false, breaks: true });
  md.disable(['backticks', 'heading', 'lheading', 'code', 'fence', 'blockquote', 'table', 'hr', 'image']);
  // Teams shows `<at>Name</at>` (with its msteams entity) as the person's name, highlighted.
  AC.AdaptiveCard.onProcessMarkdown = (text: string, result: { outputHtml: string; didProcess: boolean }) => {
    const html = md.render(text.replace(/\r/g, '\n').replace(/<at>(.*?)<\/at>/g, '⟦at⟧$1⟦/at⟧'));
    result.outputHtml = html.replace(/⟦at⟧(.*?)⟦\/at⟧/g, '<span class="mention">$1</span>');
    result.didProcess = true;
  };
  const doc = g.document;
  doc.body.style.setProperty('--w', `${width}px`);
  const errors: string[] = [];
  const el = (tag: string, cls: string, text?: string) => {
    const node = doc.createElement(tag);
    node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  for (const shot of shots) {
    const wrap = el('div', 'shot');
    wrap.id = shot.id;
    const note = el('div', 'note');
    note.append(el('b', '', '🔔 알림 '), doc.createTextNode(shot.notification || '(비어 있음)'));
    wrap.append(note);
    const row = el('div', 'row');
    row.append(el('div', 'avatar', 'KB'));
    const bubble = el('div', 'bubble');
    const who = el('div', 'who');
    who.append(el('b', '', 'Kafka Bot'), doc.createTextNode('오후 2:36'));
    bubble.append(who);
    if (shot.text) bubble.append(el('div', 'text', shot.text));
    if (shot.card) {
      const card = new AC.AdaptiveCard();
      card.hostConfig = new AC.HostConfig(hostConfig);
      const context = new AC.SerializationContext();
      card.parse(shot.card, context);
      for (let i = 0; i < context.eventCount; i++) {
        const event = context.getEventAt(i);
        if (event.phase !== undefined) errors.push(`${shot.id}: ${event.message}`);
      }
      const holder = el('div', 'card');
      holder.append(card.render());
      bubble.append(holder);
    }
    if (shot.preview) {
      const p = el('div', 'preview');
      p.append(el('div', 't', shot.preview.title), el('div', 's', shot.preview.subtitle ?? ''), el('div', 'x', shot.preview.text ?? ''));
      bubble.append(p);
    }
    row.append(bubble);
    wrap.append(row);
    doc.body.append(wrap);
  }
  return errors;
}
