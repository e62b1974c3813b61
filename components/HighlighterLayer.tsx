/**
 * The page's highlight controls in their own open shadow root: the "Highlight" button next to a
 * selection, and the editor (a dialog) next to a highlight.
 */
import { autoUpdate, computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { render } from 'preact';
import type { Highlight, HighlightColor } from '../lib/highlights/model';
import type { Translate } from '../lib/i18n/messages';
import { HighlightEditor } from './HighlightEditor';

export interface HighlighterOptions {
  t: Translate;
  /** The reader pressed the button: highlight the current selection. */
  onHighlight(): void;
  onColor(id: string, color: HighlightColor): void;
  onSave(id: string, edit: { note: string; tags: string[] }): Promise<unknown>;
  onDelete(id: string): void;
}

export interface HighlighterLayer {
  showButton(rect: DOMRect): void;
  hideButton(): void;
  openEditor(h: Highlight, anchor: Element): void;
  /** Shows the editor again with a changed record, if it is open on that highlight. */
  refresh(h: Highlight): void;
  closeEditor(): void;
  /** Tells the reader something failed (nothing was saved), beside the selection or highlight. */
  showProblem(text: string, near?: DOMRect): void;
  editing(): string | undefined;
}

function place(reference: Element | VirtualElement, floating: HTMLElement, placement: 'top' | 'bottom-start') {
  return autoUpdate(reference, floating, () => {
    void computePosition(reference, floating, { strategy: 'fixed', placement, middleware: [offset(6), flip(), shift({ padding: 8 })] }).then(({ x, y }) => {
      floating.style.left = `${x}px`;
      floating.style.top = `${y}px`;
    });
  });
}

export function mountHighlighter(container: HTMLElement, o: HighlighterOptions): HighlighterLayer {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'qv-hl-button';
  button.textContent = o.t('highlight');
  button.hidden = true;
  // Pressing the button must not clear the selection it acts on.
  button.addEventListener('mousedown', (e) => e.preventDefault());
  button.addEventListener('click', () => o.onHighlight());

  const editor = document.createElement('div');
  editor.className = 'qv-layer qv-hl-layer';
  editor.setAttribute('role', 'dialog');
  editor.setAttribute('aria-label', o.t('highlight'));
  editor.hidden = true;

  // Stays until the reader closes it or acts again: a failed save must not go unnoticed.
  const problem = document.createElement('div');
  problem.className = 'qv-layer qv-hl-problem';
  problem.setAttribute('role', 'alert');
  problem.hidden = true;
  const problemText = document.createElement('p');
  const problemClose = document.createElement('button');
  problemClose.type = 'button';
  problemClose.textContent = o.t('close');
  problemClose.addEventListener('click', () => hideProblem());
  problem.append(problemText, problemClose);
  container.append(button, editor, problem);

  let stopButton: (() => void) | undefined;
  let stopEditor: (() => void) | undefined;
  let stopProblem: (() => void) | undefined;
  let current: Highlight | undefined;
  let lastButton: VirtualElement | undefined;

  const hideProblem = () => {
    problem.hidden = true;
    stopProblem?.();
    stopProblem = undefined;
  };

  const draw = () => {
    const h = current;
    if (!h) return;
    render(
      <HighlightEditor
        key={h.id}
        highlight={h}
        t={o.t}
        autoFocus
        onColor={(c) => o.onColor(h.id, c)}
        onSave={(edit) => o.onSave(h.id, edit)}
        onDelete={() => o.onDelete(h.id)}
        onClose={() => layer.closeEditor()}
      />,
      editor,
    );
  };

  const layer: HighlighterLayer = {
    showButton(rect) {
      const virtual: VirtualElement = { getBoundingClientRect: () => rect };
      lastButton = virtual;
      hideProblem();
      button.hidden = false;
      stopButton?.();
      stopButton = place(virtual, button, 'top');
    },
    hideButton() {
      button.hidden = true;
      stopButton?.();
      stopButton = undefined;
    },
    openEditor(h, anchor) {
      layer.hideButton();
      current = h;
      editor.hidden = false;
      draw();
      stopEditor?.();
      stopEditor = place(anchor, editor, 'bottom-start');
    },
    refresh(h) {
      if (current?.id !== h.id) return;
      current = h;
      draw();
    },
    closeEditor() {
      current = undefined;
      stopEditor?.();
      stopEditor = undefined;
      render(null, editor);
      editor.hidden = true;
    },
    showProblem(text, near) {
      problemText.textContent = text;
      problem.hidden = false;
      stopProblem?.();
      const reference = near ? { getBoundingClientRect: () => near } : current && !editor.hidden ? editor : lastButton;
      if (reference) stopProblem = place(reference, problem, 'bottom-start');
      problemClose.focus();
    },
    editing: () => current?.id,
  };
  return layer;
}
