// The look check itself can fail: payloads with the faults issue 20 found (the old rendering) are
// each reported, so a clean run of the Slack and Teams look suites means something.
import { describe, expect, it } from 'vitest';
import { slackProblems, teamsProblems } from '../../helpers/look.js';

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
const context = (text: string) => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });
const textBlock = (text: string, extra: object = {}) => ({ type: 'TextBlock', text, ...extra });
const card = (body: object[], actions: object[] = []) => ({ attachments: [{ content: { type: 'AdaptiveCard', body, actions } }] });

describe('the look check finds what issue 20 found', () => {
  it('Slack: **, a bracketed multi-line text, * shown next to Hangul, three sources, a repeated title, plain O/X', () => {
    const problems = slackProblems({
      text: '[카프카 클러스터 › 메모리]\n**32GB**',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: '카프카 클러스터 › 메모리' } },
        section('저는 *Kafka Bot*이에요. **굵게**'),
        context('📄 카프카 클러스터 › 메모리 (x.md:1)\n📄 x.md:2\n📄 x.md:2'),
        {
          type: 'actions',
          elements: [
            { type: 'button', text: { type: 'plain_text', text: 'O' } },
            { type: 'button', text: { type: 'plain_text', text: 'X' } },
          ],
        },
      ],
    });
    for (const fault of [
      'text is not one plain line',
      '** in Slack',
      'literal * shown',
      '3 source lines',
      'again inside',
      'O is not primary',
      'X is not danger',
    ])
      expect(problems.join('\n')).toContain(fault);
    expect(slackProblems({ text: '정답: O', blocks: [section('저는 \u200B*Kafka Bot*\u200B이에요')] })).toEqual([]);
  });

  it('Teams: message text with **, code spans, a cut button title, the counter three times, O/X unstyled', () => {
    const problems = teamsProblems(
      {
        text: '**Kafka 퀴즈 1/5**',
        ...card(
          [
            textBlock('Kafka 퀴즈 1/5', { size: 'Large', weight: 'Bolder' }),
            textBlock('문제 1/5'),
            textBlock('`/kafka-quiz review` 로 복습'),
          ],
          [
            { type: 'Action.Execute', title: 'O' },
            { type: 'Action.Execute', title: 'X' },
            { type: 'Action.Submit', title: '그럼에도 SaaS형 카프카를 사용하는 것이 나은 경우?' },
          ],
        ),
      },
      true,
    );
    for (const fault of [
      'text has a code span or **',
      'code span in Teams',
      'button title over 20',
      'a counter said twice',
      'O is not positive',
      'X is not destructive',
    ])
      expect(problems.join('\n')).toContain(fault);
  });
});
