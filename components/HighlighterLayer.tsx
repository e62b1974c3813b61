/**
 * The page's highlight controls in their own open shadow root: the "Highlight" button next to a
 * selection, and the editor (a dialog) next to a highlight.
 */
import { autoUpdate, computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { render } from 'preact';
import type { Highlight, HighlightColor } from '../lib/highlights/model';
import type { Translate } from '../lib/i18n/messages';
import { rangeReference } from './floating';
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
  openEditor(h: Highlight, anchor: Range): void;
  /** Shows the editor again with a changed record, if it is open on that highlight. */
  refresh(h: Highlight): void;
  closeEditor(): void;
  /** Tells the reader something failed (nothing was saved), beside the selection or highlight. */
  showProblem(text: string, near?: DOMRect): void;
  editing(): string | undefined;
}

/** An element shown beside a reference and kept there while the page scrolls, until hidden. */
function floatingBox(el: HTMLElement, placement: 'top' | 'bottom-start') {
  let stop: (() => void) | undefined;
  const box = {
    show(reference: Element | VirtualElement) {
      el.hidden = false;
      stop?.();
      stop = autoUpdate(reference, el, () => {
        void computePosition(reference, el, { strategy: 'fixed', placement, middleware: [offset(6), flip(), shift({ padding: 8 })] }).then(({ x, y }) => {
          el.style.left = `${x}px`;
          el.style.top = `${y}px`;
        });
      });
    },
    hide() {
      el.hidden = true;
      stop?.();
      stop = undefined;
    },
  };
  box.hide();
  return box;
}

export function mountHighlighter(container: HTMLElement, o: HighlighterOptions): HighlighterLayer {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'qv-hl-button';
  button.textContent = o.t('highlight');
  // Pressing the button must not clear the selection it acts on.
  button.addEventListener('mousedown', (e) => e.preventDefault());
  // Only the reader's own click: a page script's synthetic click must not create highlights.
  button.addEventListener('click', (e) => e.isTrusted && o.onHighlight());

  const editor = document.createElement('div');
  editor.className = 'qv-layer qv-hl-layer';
  editor.setAttribute('role', 'dialog');
  editor.setAttribute('aria-label', o.t('highlight'));

  // Stays until the reader closes it or acts again: a failed save must not go unnoticed.
  const problem = document.createElement('div');
  problem.className = 'qv-layer qv-hl-problem';
  problem.setAttribute('role', 'alert');
  const problemText = document.createElement('p');
  const problemClose = document.createElement('button');
  problemClose.type = 'button';
  problemClose.textContent = o.t('close');
  problem.append(problemText, problemClose);
  container.append(button, editor, problem);

  const buttonBox = floatingBox(button, 'top');
  const editorBox = floatingBox(editor, 'bottom-start');
  const problemBox = floatingBox(problem, 'bottom-start');
  problemClose.addEventListener('click', () => problemBox.hide());
  let current: Highlight | undefined;
  let lastButton: VirtualElement | undefined;

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
      lastButton = { getBoundingClientRect: () => rect };
      problemBox.hide();
      buttonBox.show(lastButton);
    },
    hideButton: () => buttonBox.hide(),
    openEditor(h, anchor) {
      buttonBox.hide();
      current = h;
      draw();
      editorBox.show(rangeReference(anchor));
    },
    refresh(h) {
      if (current?.id !== h.id) return;
      current = h;
      draw();
    },
    closeEditor() {
      current = undefined;
      editorBox.hide();
      render(null, editor);
    },
    showProblem(text, near) {
      problemText.textContent = text;
      const reference = near ? { getBoundingClientRect: () => near } : current && !editor.hidden ? editor : lastButton;
      if (reference) problemBox.show(reference);
      else problem.hidden = false;
      problemClose.focus();
    },
    editing: () => current?.id,
  };
  return layer;
}
