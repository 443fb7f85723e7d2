// What Teams users see of their own text (issue 10 #8): `quiz <10 KB>` echoes about 100 characters,
// NUL, ESC and U+202E (also in display names) never come back, and no string is cut through a
// surrogate pair.
import { describe, expect, it } from 'vitest';
import { strings, wellFormed } from '../../helpers/strings.js';
import { useLocalTeams } from '../../helpers/local-teams.js';
import { BOB, cardOf, channelMention, messageActivity, post } from '../../helpers/teams-activity.js';

const teams = useLocalTeams();

describe('Teams: echoed input', () => {
  it('quiz <10 KB> echoes at most about 100 characters of it', async () => {
    await post(teams.base, messageActivity(teams.connector.serviceUrl, { text: `quiz ${'ㅋ'.repeat(10_000)}` }));
    const [call] = await teams.connector.waitFor((c) => c.length === 1);
    for (const s of strings(call?.body)) expect(s.match(/ㅋ+/g)?.every((run) => run.length <= 100) ?? true).toBe(true);
    expect(JSON.stringify(call?.body).length).toBeLessThan(5000);
  });

  it('never sends back NUL, ESC or U+202E', async () => {
    await post(teams.base, messageActivity(teams.connector.serviceUrl, { text: 'quiz ab\u0000c\u001b[31md\u202Eevil' }));
    const [call] = await teams.connector.waitFor((c) => c.length === 1);
    const all = strings(call?.body).join('\n');
    expect(all).toContain('evil');
    // eslint-disable-next-line no-control-regex -- asserting control characters are gone
    expect(all).not.toMatch(/[\u0000\u001b\u202E]/);
  });

  it('strips them from a display name shown back in a mention', async () => {
    const conversation = { id: '19:ops@thread.tacv2;messageid=42', conversationType: 'channel', tenantId: 'tenant-1' };
    await post(teams.base, channelMention(teams.connector.serviceUrl, 'quiz 3', { conversation }));
    const [start] = await teams.connector.waitFor((c) => c.length === 1);
    // The shared card is read-only; the owner's live view (what the refresh carries) has the buttons.
    const view = (
      cardOf(start) as unknown as { refresh: { action: { data: { kafkaBotView: { actions: Array<{ type: string; label: string }> } } } } }
    ).refresh.action.data.kafkaBotView;
    const o = { title: 'O', data: { kafkaBot: view.actions.find((a) => a.type === 'quiz_answer' && a.label === 'O') } };
    const mallory = { ...BOB, name: 'Bob\u202E\u0000evil' };
    await post(
      teams.base,
      messageActivity(teams.connector.serviceUrl, {
        text: undefined,
        value: o?.data,
        from: mallory,
        conversation,
        replyToId: start?.createdId,
      }),
    );
    const calls = await teams.connector.waitFor((c) => c.length === 2);
    // What Teams displays: the text, cards and mention entities (recipient is addressing metadata).
    const { text, attachments, entities } = calls[1]?.body ?? {};
    const all = strings({ text, attachments, entities }).join('\n');
    expect(all).toContain('Bob');
    // eslint-disable-next-line no-control-regex -- asserting control characters are gone
    expect(all).not.toMatch(/[\u0000\u202E]/);
  });

  it('never cuts through a surrogate pair', async () => {
    await post(teams.base, messageActivity(teams.connector.serviceUrl, { text: `${'😀'.repeat(120)} zzqx 없는 주제` }));
    const [call] = await teams.connector.waitFor((c) => c.length === 1);
    for (const s of strings(call?.body)) expect(wellFormed(s)).toBe(true);
  });
});
