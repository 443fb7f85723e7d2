// Where a local-mode (unauthenticated) bot may post replies: only loopback addresses, and never its
// own port. botbuilder posts to whatever `serviceUrl` an activity names, so without this a local bot
// is an open relay to link-local, metadata and internal addresses.
import { isIPv4 } from 'node:net';

/** Why `serviceUrl` is refused in local mode, or undefined when it is a loopback URL. */
export function localServiceUrlProblem(serviceUrl: string, ownPorts: number[] = []): string | undefined {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return 'serviceUrl is not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'serviceUrl is not http(s)';
  // URL normalises 2130706433, 0x7f.1 and friends to dotted IPv4, and IPv6 into brackets.
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const loopback = host === 'localhost' || host === '::1' || (isIPv4(host) && host.startsWith('127.'));
  if (!loopback) return 'serviceUrl is not a loopback address (TEAMS_LOCAL=1)';
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  if (ownPorts.includes(port)) return "serviceUrl is the bot's own port";
  return undefined;
}
