import { TeamsUserCredential } from '@microsoft/teamsfx';

/**
 * The Teams SSO token through @microsoft/teamsfx. The only module that imports it
 * (deprecated SDK), so replacing it touches this file alone.
 */
export function createSsoTokenSource(config: { clientId: string; initiateLoginEndpoint: string }): () => Promise<string> {
  const credential = new TeamsUserCredential(config);
  return async () => {
    const token = await credential.getToken('');
    if (token === null) throw new Error('Teams did not return a sign-in token.');
    return token.token;
  };
}
