// Escaping: user text echoed back never becomes a mention or link; incoming Slack text is decoded
// and the bot's own mention removed before the core sees it.
import { describe, expect, it } from 'vitest';
import { clipMrkdwn, escapeMrkdwn, fromSlackText, toMrkdwn } from '../../../adapters/slack/escape.js';
import { renderReply } from '../../../adapters/slack/render.js';
import { finishReply } from '../../../src/index.js';

describe('escaping', () => {
  it('escapes &, < and > so <!channel>, <!here>, <@U123> never ping', () => {
    expect(escapeMrkdwn('<!channel> <!here> <@U123> a&b')).toBe('&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; a&amp;b');
    expect(toMrkdwn('**<!here>** & - x')).toBe('*&lt;!here&gt;* &amp; - x');
  });

  it('escapes every text a reply echoes, fallback included', () => {
    const question = '<!channel> <@U123> 뭐야?';
    const reply = finishReply({
      kind: 'no_answer',
      title: question,
      body: `'${question}'을 찾지 못했어요.`,
      notice: question,
      sources: [],
      actions: [{ type: 'ask', label: question, question }],
      comparison: { columns: [question, 'b'], rows: [{ aspect: question, cells: [question, ''] }] },
    });
    const message = renderReply(reply);
    // mrkdwn only: headers and buttons (their text and value) are plain text, which Slack never parses.
    const mrkdwn = JSON.stringify(
      message.blocks.filter((b) => b.type !== 'header' && b.type !== 'actions').map((b) => ({ ...b, accessory: undefined })),
    );
    expect(mrkdwn).not.toMatch(/<!channel>|<@U123>/);
    expect(message.text).not.toMatch(/<!channel>|<@U123>/);
  });

  it('decodes what Slack sends and removes only the bot mention', () => {
    expect(fromSlackText('<@UBOT> RAID &lt;10&gt; &amp; <@U2> <https://x.io|링크>', 'UBOT')).toBe('RAID <10> & <@U2> 링크');
    expect(fromSlackText('  <@UBOT|kafka-bot>   질문  ', 'UBOT')).toBe('질문');
  });

  it('clips without breaking an entity or a surrogate pair', () => {
    expect(clipMrkdwn('abc', 3)).toBe('abc');
    expect(clipMrkdwn('ab&amp;cd', 5)).toBe('ab…');
    expect(clipMrkdwn('a😀b', 3)).toBe('a…');
  });
});
