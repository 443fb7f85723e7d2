// Slack identities as the core sees them: users are `slack:<team>:<user>`, and the store keys the
// adapter uses for event dedupe, answered threads and button presses live here, in one place.

/** Platform-qualified user id for the core, e.g. `slack:T123:U456`. */
export function coreUserId(teamId: string | undefined, userId: string): string {
  return `slack:${teamId ?? 'T0'}:${userId}`;
}

/** Store keys; every one is prefixed `slack:` so other adapters never collide. */
export const keys = {
  /** One reply per Events API delivery (retries carry the same event_id). */
  event: (eventId: string) => `slack:event:${eventId}`,
  /** One reply per message, whichever of `app_mention` / `message` arrives first. */
  message: (channel: string, ts: string) => `slack:msg:${channel}:${ts}`,
  /** A thread the bot answered in; replies there are follow-ups. */
  thread: (channel: string, threadTs: string) => `slack:thread:${channel}:${threadTs}`,
  /** A signed command or interaction already handled (its signature), against replays. */
  request: (signature: string) => `slack:request:${signature}`,
  /** One handling per button press on one message by one user. */
  press: (messageTs: string, userId: string, actionKey: string) => `slack:press:${messageTs}:${userId}:${actionKey}`,
};
