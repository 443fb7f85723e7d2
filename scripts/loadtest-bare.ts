// The load test's yardstick, run as its own process: a bare Bolt app (same Bolt, ExpressReceiver on an
// express app, a /kafka handler that only acks) and a bare botbuilder CloudAdapter echo bot, on one
// port. Prints `ready <port>` on stdout once listening; SIGTERM stops it.
import { App, ExpressReceiver } from '@slack/bolt';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import express from 'express';
import type { AddressInfo } from 'node:net';

const signingSecret = process.env.SLACK_SIGNING_SECRET ?? '';
const app = express();
const receiver = new ExpressReceiver({ signingSecret, endpoints: '/slack/events', app });
const bolt = new App({
  token: 'xoxb-bare',
  receiver,
  tokenVerificationEnabled: false,
  ...(process.env.SLACK_API_URL ? { clientOptions: { slackApiUrl: process.env.SLACK_API_URL } } : {}),
});
bolt.command('/kafka', async ({ ack }) => {
  await ack();
});

// botbuilder's echo sample: no app id (unauthenticated, like the bot's TEAMS_LOCAL=1).
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const echo = new ActivityHandler();
echo.onMessage(async (context, next) => {
  await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
  await next();
});
app.post('/api/messages', express.json(), (req, res) => {
  void adapter.process(req, res, (context) => echo.run(context));
});

const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`ready ${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
