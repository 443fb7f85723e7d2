// Reading a chat message for its question: mentions, links, emoji, greetings, introductions,
// hedges and thanks are not the question; the asking sentence is; earlier talk names the subject.
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/answer/read-message.js';

describe('reading a chat message', () => {
  it.each([
    ['안녕하세요! 이번에 데이터팀에 새로 합류한 박지훈입니다 🙏 혹시 파티션 개수는 어떻게 정하나요?', '파티션 개수는 어떻게 정하나요?'],
    ['<@U0123ABCD> <!here> 컨슈머 랙 알림 기준이 뭐예요? ㅠㅠ', '컨슈머 랙 알림 기준이 뭐예요?'],
    ['hi all :wave: quick question - which compression do we use for logs?', 'which compression do we use for logs?'],
    ['좋은 아침입니다 ☀️ 질문 하나만 드릴게요 ISR 이 뭔가요?', 'ISR 이 뭔가요?'],
    ['Sorry if this is a dumb question, but what does acks=all mean? Thanks in advance 🙏', 'what does acks=all mean?'],
    ['<https://wiki.example.com/x|위키 문서> 보다가 궁금한 게 있는데요. retention 기본값이 며칠이에요?', 'retention 기본값이 며칠이에요?'],
    ['수고 많으십니다~ 제가 잘 몰라서 그러는데 리더 선출은 언제 일어나요?? ㅎㅎ', '리더 선출은 언제 일어나요??'],
  ])('%s', (message, question) => {
    const read = readMessage(message);
    expect(read.question).toBe(question);
    expect(read.chatOnly).toBe(false);
  });

  it('the earlier talk it refers to becomes the subject of the question', () => {
    expect(readMessage('아까 얘기 나온 SSL 말인데요, 운영에서도 꼭 켜야 돼요?').question).toBe('SSL 운영에서도 꼭 켜야 돼요?');
    expect(readMessage('위에서 말씀하신 linger.ms 관련해서 결제 토픽은 몇으로 해요?').question).toBe('linger.ms 결제 토픽은 몇으로 해요?');
  });

  it('sentences that set the scene are context, the asking one is the question', () => {
    const read = readMessage('저희 팀은 주문 이벤트를 처리하고 있어요. 배치 크기는 얼마가 좋아요?');
    expect(read).toMatchObject({ question: '배치 크기는 얼마가 좋아요?', context: '저희 팀은 주문 이벤트를 처리하고 있어요' });
  });

  it('a message that asks nothing is chat only; one that asks in no question form is read whole', () => {
    expect(readMessage('감사합니다! 🙏').chatOnly).toBe(true);
    expect(readMessage('안녕하세요 ㅎㅎ').chatOnly).toBe(true);
    expect(readMessage('Thanks a lot!').chatOnly).toBe(true);
    expect(readMessage('브로커 힙 메모리 설정').question).toBe('브로커 힙 메모리 설정');
  });

  it('keeps words that only look like chat inside a question', () => {
    expect(readMessage('How do I check the ISR of a topic?').question).toBe('How do I check the ISR of a topic?');
    expect(readMessage('인증서 만료 알림은 언제 와?').question).toBe('인증서 만료 알림은 언제 와?');
  });
});
