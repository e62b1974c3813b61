/**
 * What the reader is told when something failed. The two failures they can act on get their own
 * sentence; any other error is shown with its message (a MessageError's is the other side's reason).
 */
import { MessageError } from '../messaging';
import type { Translate } from './strings';

export function problemText(e: unknown, t: Translate): string {
  if (e instanceof MessageError && e.code === 'storage-full') return t('storageFull');
  if (e instanceof MessageError && e.code === 'unreachable') return t('notAnswered');
  return e instanceof Error ? e.message : String(e);
}
