import { describe, expect, it } from 'vitest';
import { isLocalConnector } from './conversations';

describe('isLocalConnector', () => {
  it('is true for a Bot Connector on this machine, such as the Agents Playground’s', () => {
    for (const url of ['http://localhost:56150/_connector', 'http://127.0.0.1:4000/', 'http://[::1]:4000/_connector']) expect(isLocalConnector(url)).toBe(true);
  });

  it("is false for Teams' own service, look-alike hosts and unreadable values", () => {
    for (const url of ['https://smba.trafficmanager.net/amer/', 'http://localhost.example.com/', 'http://127.0.0.1.nip.io/', 'file://localhost/x', 'localhost:56150', '']) expect(isLocalConnector(url)).toBe(false);
  });
});
