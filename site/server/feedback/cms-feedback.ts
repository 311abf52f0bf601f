import { permanent, post, refusalOf, RefusedError } from '../intake/cms-submit.ts';

/**
 * The site server's feedback calls to the CMS, with the submit token: count a vote, keep a "Vad
 * saknades?" text. A refusal carries the CMS's reason (an unknown question, a text that is too
 * long); anything else (the CMS away or failing) is thrown as it is by post().
 */

async function send(path: string, data: unknown): Promise<void> {
  const response = await post(path, data);
  if (response.ok) return;
  if (permanent(response.status)) throw await refusalOf(response);
  throw new Error(`CMS:et svarade ${response.status}`);
}

export const countVoteInCms = (question: string, helped: boolean) => send('/feedback/votes', { question, helped });
export const saveMissingTextInCms = (question: string, text: string) => send('/feedback/texts', { question, text });
export { RefusedError };
