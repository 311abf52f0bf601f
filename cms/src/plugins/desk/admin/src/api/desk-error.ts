import { refusal } from '../../../shared/contracts';
import sv from '../translations/sv.json';

/**
 * What the desk's pages show when a call fails: the server's own Swedish message, or ours where the
 * server's is Strapi's English (a route's permission policy, a session that has ended) or it could
 * not be reached. The pages show it beside the action and keep what the editor typed.
 */
export class DeskError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly assignee?: { id: number; name: string },
  ) {
    super(message);
  }
}

export function toDeskError(error: unknown): DeskError {
  const response = (error as { response?: { status?: number; data?: unknown } } | null)?.response;
  const parsed = refusal.safeParse(response?.data);
  // Strapi's own refusals (a route's permission policy, a session that has ended) are in English.
  if (response?.status === 401) return new DeskError(sv['error.signedOut'], 401);
  if (parsed.success && parsed.data.error.name === 'PolicyError') return new DeskError(sv['error.notAllowed'], parsed.data.error.status);
  if (parsed.success && parsed.data.error.status < 500) {
    return new DeskError(parsed.data.error.message, parsed.data.error.status, parsed.data.error.details?.assignee);
  }
  if (response?.status) return new DeskError(sv['error.load'], response.status);
  return new DeskError(sv['error.network'], 0);
}
