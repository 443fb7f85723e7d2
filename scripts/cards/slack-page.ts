// A Block Kit mock-up for `npm run cards`: Slack messages (and the App Home view) drawn as Slack
// draws them, with mrkdwn read by Slack's rules: `*bold*` only between non-word boundaries (so
// `*Kafka Bot*이에요` shows its asterisks, as in Slack), `<@U…>` as a mention chip, entities decoded.
import type { Page } from 'playwright-core';

/** One Slack surface to draw: a message (notification `text` + blocks) or a Home tab. */
export interface SlackShot {
  id: string;
  text?: string;
  blocks: readonly object[];
  home?: boolean;
  /** Shown only to the asker (ephemeral). */
  ephemeral?: boolean;
}

const CSS = `
body { margin: 0; background: #fff; font-family: 'Lato', 'Noto Sans CJK KR', 'Noto Color Emoji', sans-serif;
  color: #1d1c1d; font-size: 15px; line-height: 1.46; }
.shot { padding: 12px 16px; width: var(--w); box-sizing: border-box; }
.note { font-size: 11px; color: #616061; margin-bottom: 8px; white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; }
.note b { color: #1d1c1d; }
.row { display: flex; gap: 8px; } .avatar { width: 36px; height: 36px; border-radius: 6px; background: #4a154b;
  color: #fff; font: 700 13px sans-serif; display: flex; align-items: center; justify-content: center; flex: none; }
.msg { flex: 1; min-width: 0; } .who { font-weight: 900; } .who .app { font-size: 10px; background: #e8e8e8;
  color: #616061; border-radius: 2px; padding: 1px 3px; margin: 0 4px; font-weight: 700; } .who .t { color: #616061;
  font-weight: 400; font-size: 12px; }
.eph { font-size: 12px; color: #616061; margin-bottom: 2px; }
.blk { margin: 4px 0; } .hdr { font-size: 18px; font-weight: 900; margin: 8px 0 4px; }
.sec { display: flex; gap: 12px; } .sec .body { flex: 1; min-width: 0; white-space: pre-wrap; word-wrap: break-word; }
.fields { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 16px; margin-top: 4px; }
  .fields > div { white-space: pre-wrap; }
.ctx { font-size: 12px; color: #616061; display: flex; flex-wrap: wrap; gap: 4px 8px; white-space: pre-wrap; }
hr { border: 0; border-top: 1px solid #dddddd; margin: 10px 0; }
.acts { display: flex; flex-wrap: wrap; gap: 8px; }
.btn { font: 700 13px inherit; font-family: inherit; height: 28px; padding: 0 12px; border-radius: 4px;
  border: 1px solid #bbb; background: #fff; color: #1d1c1d; white-space: nowrap; max-width: 100%; overflow: hidden;
  text-overflow: ellipsis; }
.btn.primary { background: #007a5a; border-color: #007a5a; color: #fff; } .btn.danger { background: #e01e5a;
  border-color: #e01e5a; color: #fff; }
.icon { height: 28px; min-width: 32px; border-radius: 4px; border: 1px solid #ddd; background: #fff; font-size: 14px; }
.mention { background: #e8f5fa; color: #1264a3; border-radius: 3px; padding: 0 2px; }
code { font-family: monospace; font-size: 12px; color: #e01e5a; background: #f6f6f6; border: 1px solid #ddd;
  border-radius: 3px; padding: 0 3px; }
blockquote { margin: 0; border-left: 4px solid #ddd; padding-left: 10px; }
a { color: #1264a3; text-decoration: none; }
table.tbl { border-collapse: collapse; font-size: 14px; } table.tbl td { border: 1px solid #ddd; padding: 4px 8px;
  vertical-align: top; }
.home { background: #f8f8f8; padding: 16px; border-radius: 8px; }
`;

const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// What may stand next to a mrkdwn marker: start or end, whitespace (U+200B included) or punctuation.
const OPEN = String.raw`(^|[\s\u200B([{'"“‘.,;:!?/-])`;
const CLOSE = String.raw`(?=$|[\s\u200B)\]}'"”’.,;:!?/-])`;
const styled = (marker: string, tag: string) => {
  const m = marker === '*' ? '\\*' : marker;
  return [new RegExp(`${OPEN}${m}([^${m}\\s\u200B](?:[^${m}\\n]*?[^${m}\\s\u200B])?)${m}${CLOSE}`, 'gu'), tag] as const;
};
const STYLES = [styled('*', 'b'), styled('_', 'i'), styled('~', 's')];

/** Slack mrkdwn (already entity-escaped by the sender) -> HTML, by Slack's rules. */
export function mrkdwnToHtml(text: string, plain = false): string {
  if (plain) return html(text);
  const tokens: string[] = [];
  const keep = (value: string) => `\u0000${tokens.push(value) - 1}\u0000`;
  let out = text
    .replace(/<@([A-Z0-9]+)(?:\|([^>]+))?>/g, (_, id: string, name?: string) => keep(`<span class="mention">@${html(name ?? id)}</span>`))
    .replace(/<!(here|channel|everyone)>/g, (_, who: string) => keep(`<span class="mention">@${who}</span>`))
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, (_, url: string, label: string) => keep(`<a href="${url}">${label}</a>`))
    .replace(/<((?:https?|mailto):[^>]+)>/g, (_, url: string) => keep(`<a href="${url}">${url}</a>`))
    .replace(/`([^`\n]+)`/g, (_, code: string) => keep(`<code>${code}</code>`));
  // The text is Slack-escaped: &amp; &lt; &gt; are already entities; nothing else is markup.
  out = out.replace(/<|>/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
  for (const [pattern, tag] of STYLES)
    out = out.replace(pattern, (_, before: string, inner: string) => `${before}<${tag}>${inner}</${tag}>`);
  out = out
    .split('\n')
    .map((line) => (line.startsWith('&gt; ') ? `<blockquote>${line.slice(5)}</blockquote>` : line))
    .join('\n')
    .replace(/<\/blockquote>\n/g, '</blockquote>');
  // eslint-disable-next-line no-control-regex -- the placeholder character this function put there
  return out.replace(/\u0000(\d+)\u0000/g, (_, i: string) => tokens[Number(i)] ?? '');
}

type Obj = { type?: string; text?: unknown; [key: string]: unknown };
const textOf = (t: unknown): string => {
  const o = t as { type?: string; text?: string } | undefined;
  return o?.text === undefined ? '' : mrkdwnToHtml(o.text, o.type === 'plain_text');
};

function element(e: Obj): string {
  if (e.type === 'button') return `<button class="btn ${String(e.style ?? '')}">${textOf(e.text)}</button>`;
  if (e.type === 'feedback_buttons') return '<button class="icon">👍</button><button class="icon">👎</button>';
  if (e.type === 'icon_button') return `<button class="icon">${textOf(e.text)}</button>`;
  if (e.type === 'mrkdwn' || e.type === 'plain_text') return `<span>${textOf(e)}</span>`;
  return `<span>[${String(e.type)}]</span>`;
}

function block(b: Obj): string {
  switch (b.type) {
    case 'header':
      return `<div class="hdr">${textOf(b.text)}</div>`;
    case 'divider':
      return '<hr>';
    case 'context':
      return `<div class="blk ctx">${((b.elements as Obj[]) ?? []).map(element).join('')}</div>`;
    case 'actions':
    case 'context_actions':
      return `<div class="blk acts">${((b.elements as Obj[]) ?? []).map(element).join('')}</div>`;
    case 'section': {
      const fields = (b.fields as Obj[] | undefined)?.map((f) => `<div>${textOf(f)}</div>`).join('') ?? '';
      const accessory = b.accessory ? `<div>${element(b.accessory as Obj)}</div>` : '';
      const body = `${b.text ? `<div>${textOf(b.text)}</div>` : ''}${fields ? `<div class="fields">${fields}</div>` : ''}`;
      return `<div class="blk sec"><div class="body">${body}</div>${accessory}</div>`;
    }
    case 'table': {
      const rows = (b.rows as Obj[][]) ?? [];
      const cell = (c: Obj) => (c.type === 'raw_text' ? html(String(c.text ?? '')) : textOf(c));
      return `<table class="blk tbl">${rows.map((r) => `<tr>${r.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`).join('')}</table>`;
    }
    default:
      return `<div class="blk">[${String(b.type)}]</div>`;
  }
}

/** The HTML of one shot. */
function shotHtml(shot: SlackShot): string {
  const blocks = (shot.blocks as Obj[]).map(block).join('');
  if (shot.home) return `<div class="shot" id="${shot.id}"><div class="home">${blocks}</div></div>`;
  const note = `<div class="note"><b>🔔 알림</b> ${html(shot.text ?? '(비어 있음)')}</div>`;
  const eph = shot.ephemeral ? '<div class="eph">👁 나만 볼 수 있는 메시지</div>' : '';
  const who = '<div class="who">Kafka Bot<span class="app">앱</span><span class="t">오후 2:36</span></div>';
  const message = `<div class="row"><div class="avatar">KB</div><div class="msg">${eph}${who}${blocks}</div></div>`;
  return `<div class="shot" id="${shot.id}">${note}${message}</div>`;
}

/** Draw `shots` `width` px wide and return each one's PNG. */
export async function slackScreenshots(page: Page, shots: SlackShot[], width: number): Promise<Map<string, Buffer>> {
  await page.setContent(
    `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head>` +
      `<body style="--w:${width}px">${shots.map(shotHtml).join('')}</body></html>`,
  );
  const out = new Map<string, Buffer>();
  for (const shot of shots) out.set(shot.id, await page.locator(`#${shot.id}`).screenshot());
  return out;
}
