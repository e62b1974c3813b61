/**
 * What the reader is told when something failed. The two failures they can act on get their own
 * sentence; any other error is shown with its message, without the message type in front.
 */
import { MessageError } from '../messaging';
import type { Translate } from './messages';

export function problemText(e: unknown, t: Translate): string {
  if (e instanceof MessageError && e.code === 'storage-full') return t('storageFull');
  if (e instanceof MessageError && e.code === 'unreachable') return t('notAnswered');
  const message = e instanceof Error ? e.message : String(e);
  return message.replace(/^(?:kb|hl|data|page|ui)\/[A-Za-z]+: /, '');
}
