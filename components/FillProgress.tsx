/**
 * The first fill of the built-in knowledge base, while it lasts: tens of thousands of companies
 * take a few seconds, and until then cards and search know only part of them.
 */
import { useEffect, useState } from 'preact/hooks';
import { fill, type Translate } from '../lib/i18n/strings';
import type { FillStatus } from '../lib/protocol';

/** How often the status is asked while the fill runs. */
const POLL_MS = 250;

export function FillProgress({ status, t, onDone }: { status: () => Promise<FillStatus>; t: Translate; onDone?: () => void }) {
  const [now, setNow] = useState<FillStatus | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let seenInstalling = false;
    const ask = () =>
      status().then(
        (s) => {
          if (stopped) return;
          setNow(s);
          if (s.installing) {
            seenInstalling = true;
            timer = setTimeout(ask, POLL_MS);
          } else if (seenInstalling) onDone?.();
        },
        () => undefined,
      );
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [status]);
  if (!now?.installing) return null;
  const percent = now.total ? Math.floor((100 * now.done) / now.total) : 0;
  return (
    <p class="qv-fill" role="status">
      <label>
        {fill(t('fillProgress'), { percent })}
        <progress max={100} value={percent} />
      </label>
    </p>
  );
}
