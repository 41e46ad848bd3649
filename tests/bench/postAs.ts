import type { ApiProcess } from '../support/apiProcess';

/** Creates items as `user` through the API, as the tab would; each call resolves to the created item's id. */
export async function postAs(api: ApiProcess, user: string): Promise<(path: string, body: unknown) => Promise<string>> {
  const token = await api.token(user);
  return async (path, body) => {
    const response = await fetch(`${api.baseUrl}/api${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`Seeding failed: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { id: string }).id;
  };
}
