// The one apology users see, on every platform, when handling their message failed: short, no
// details (those go to the log, redacted), and an invitation to try again.

/** What the user sees instead of an answer when handling failed. */
export const APOLOGY = '죄송해요, 답하는 중에 문제가 생겼어요. 잠시 후 다시 시도해 주세요. 🙏';
