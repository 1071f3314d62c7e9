import { type Reply, type Request, sendRequest } from '../../messages';
import { problem } from '../../problems';

/** The background answers every request; if it cannot be reached the page says so instead of hanging. */
export async function ask(request: Request): Promise<Reply> {
  try {
    return (await sendRequest(request)) ?? { ok: false, errors: [problem('noReply')] };
  } catch {
    return { ok: false, errors: [problem('noReply')] };
  }
}
