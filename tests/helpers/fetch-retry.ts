/**
 * A browser sends a GET or HEAD again when the server closed the reused keep-alive connection just
 * as the request went out (RFC 9112 §9.3.1); Node's fetch does not, so on two busy cores a poll now
 * and then failed with ECONNRESET although both servers were up. The tests' fetch does what the
 * citizen's browser does: one more try, for idempotent requests only, and only for a connection
 * that broke. A server that is down still fails (the retry is refused too), and a POST never repeats.
 */
const IDEMPOTENT = new Set(['GET', 'HEAD']);
const BROKEN = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

function brokenConnection(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } } | null)?.cause;
  return error instanceof TypeError && typeof cause?.code === 'string' && BROKEN.has(cause.code);
}

const original = globalThis.fetch;

globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  try {
    return await original(input, init);
  } catch (error) {
    if (!IDEMPOTENT.has(method) || !brokenConnection(error)) throw error;
    return original(input, init);
  }
};
