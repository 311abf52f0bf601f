/** Small HTTP clients for the two APIs the tests talk to: the content API (tokens) and the admin API (editors). */

export interface JsonResponse<T = any> {
  status: number;
  body: T;
}

async function call<T>(url: string, init: RequestInit): Promise<JsonResponse<T>> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text so a failing assertion shows it
  }
  return { status: response.status, body: body as T };
}

export function contentApi(base: string, token?: string) {
  const headers = (extra: Record<string, string> = {}) => ({
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
    ...extra,
  });
  return {
    get: <T = any>(path: string) => call<T>(`${base}/api${path}`, { headers: headers() }),
    post: <T = any>(path: string, body: unknown) =>
      call<T>(`${base}/api${path}`, {
        method: 'POST',
        headers: headers({ 'Content-Type': 'application/json' }),
        body: JSON.stringify(body),
      }),
    put: <T = any>(path: string, body: unknown) =>
      call<T>(`${base}/api${path}`, {
        method: 'PUT',
        headers: headers({ 'Content-Type': 'application/json' }),
        body: JSON.stringify(body),
      }),
    delete: <T = any>(path: string) => call<T>(`${base}/api${path}`, { method: 'DELETE', headers: headers() }),
  };
}

export type AdminClient = Awaited<ReturnType<typeof adminLogin>>;

/** Logs in to the admin API as an editor would, and calls the content manager as the admin UI does. */
export async function adminLogin(base: string, email: string, password: string) {
  const login = await call<{ data?: { token: string; user: { id: number } } }>(`${base}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200 || !login.body.data) {
    throw new Error(`Login as ${email} failed: ${login.status} ${JSON.stringify(login.body)}`);
  }
  const { token, user } = login.body.data;
  const send = <T = any>(method: string, path: string, body?: unknown) =>
    call<T>(`${base}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const cm = (uid: string) => `/content-manager/collection-types/${uid}`;
  return {
    userId: user.id,
    /** The admin session's bearer token, for calls that are not JSON (uploads). */
    token,
    send,
    create: (uid: string, data: unknown) => send('POST', cm(uid), data),
    update: (uid: string, documentId: string, data: unknown) => send('PUT', `${cm(uid)}/${documentId}`, data),
    get: (uid: string, documentId: string) => send('GET', `${cm(uid)}/${documentId}`),
    publish: (uid: string, documentId: string, data: unknown = {}) =>
      send('POST', `${cm(uid)}/${documentId}/actions/publish`, data),
    unpublish: (uid: string, documentId: string) => send('POST', `${cm(uid)}/${documentId}/actions/unpublish`, {}),
    remove: (uid: string, documentId: string) => send('DELETE', `${cm(uid)}/${documentId}`),
  };
}
