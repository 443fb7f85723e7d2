// Bot Framework authentication from TeamsConfig. The public-cloud endpoints are botbuilder's own
// defaults; `openIdMetadata` overrides where signing keys are fetched (tests point it at loopback).
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { TeamsConfig } from '../../src/index.js';

/** Where the signing keys of incoming tokens are published. Default: Microsoft's public cloud. */
export interface OpenIdMetadataUrls {
  /** Tokens from the Bot Framework channel service (Teams). */
  channel?: string;
  /** Tokens Azure AD issues for this app id (Emulator, skills). */
  emulator?: string;
}

/** botbuilder's public-cloud values (botframework-connector AuthenticationConstants), for a full override. */
const PUBLIC_CLOUD = {
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromChannelOpenIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  CallerId: 'urn:botframework:azure',
  ValidateAuthority: true,
};

export function botFrameworkAuthentication(
  teams: TeamsConfig,
  openIdMetadata?: OpenIdMetadataUrls,
): ConfigurationBotFrameworkAuthentication {
  const credentials = {
    MicrosoftAppId: teams.appId,
    MicrosoftAppPassword: teams.appType === 'UserAssignedMSI' ? undefined : teams.appPassword,
    MicrosoftAppType: teams.appType,
    MicrosoftAppTenantId: teams.tenantId,
  };
  if (!openIdMetadata) return new ConfigurationBotFrameworkAuthentication(credentials);
  // Setting any endpoint switches botbuilder to "all parameters given", so give all of them.
  return new ConfigurationBotFrameworkAuthentication({
    ...credentials,
    ...PUBLIC_CLOUD,
    ...(openIdMetadata.channel ? { ToBotFromChannelOpenIdMetadataUrl: openIdMetadata.channel } : {}),
    ...(openIdMetadata.emulator ? { ToBotFromEmulatorOpenIdMetadataUrl: openIdMetadata.emulator } : {}),
  });
}
