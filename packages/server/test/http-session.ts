/**
 * A logged-in user over real HTTP, as the web app talks to the server: the session cookie from
 * the login answer, the CSRF token in `X-CSRF-Token` on every write.
 */
export class HttpSession {
  private constructor(
    public baseUrl: string,
    private cookie: string,
    private csrf: string,
  ) {}

  static async login(baseUrl: string, body: string, username: string, password: string) {
    const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body, username, password }),
    });
    if (res.status !== 200) {
      throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    }
    const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    return new HttpSession(baseUrl, cookie, csrfToken);
  }

  /** The headers that authenticate a request of this session (for other HTTP clients). */
  headers(): Record<string, string> {
    return { cookie: this.cookie, 'x-csrf-token': this.csrf };
  }

  /** The same session against another address (the server restarted on a new port). */
  at(baseUrl: string) {
    return new HttpSession(baseUrl, this.cookie, this.csrf);
  }

  async request(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: any; headers: Headers }> {
    const isForm = body instanceof FormData;
    const res = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers: {
        cookie: this.cookie,
        'x-csrf-token': this.csrf,
        ...(body === undefined || isForm ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
    const text = await res.text();
    const json =
      res.headers.get('content-type')?.includes('json') && text ? JSON.parse(text) : text;
    return { status: res.status, body: json, headers: res.headers };
  }
}

/** A multipart form with one file, as the browser's upload sends it. */
export function fileForm(filename: string, content: Buffer, type = 'application/pdf') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)], { type }), filename);
  return form;
}
