// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FillProgress } from '../../components/FillProgress';
import { translator } from '../../lib/i18n/strings';
import type { FillStatus } from '../../lib/protocol';

afterEach(cleanup);
const t = translator('de');

describe('the first fill of the knowledge base', () => {
  it('shows how far it is while it runs, then goes and says so', async () => {
    const steps: FillStatus[] = [
      { installing: true, done: 0, total: 0 },
      { installing: true, done: 20_000, total: 80_000 },
      { installing: false, done: 80_000, total: 80_000 },
    ];
    let asked = 0;
    let done = 0;
    render(<FillProgress status={async () => steps[Math.min(asked++, steps.length - 1)]!} t={t} onDone={() => done++} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Wissensbasis wird eingerichtet: 25 %'));
    expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(25);
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(done).toBe(1);
  });

  it('shows nothing when the data is installed already', async () => {
    let done = 0;
    render(<FillProgress status={async () => ({ installing: false, done: 0, total: 0 })} t={t} onDone={() => done++} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('status')).toBeNull();
    expect(done).toBe(0);
  });
});
