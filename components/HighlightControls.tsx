/**
 * The page's highlight controls: the "Highlight" button next to a selection (in the page's closed
 * shadow root, acting only on the reader's own clicks), the editor (an extension page in a frame, so
 * the note and tags never reach the page), and the alert when saving a new highlight failed.
 */
import type { VirtualElement } from '@floating-ui/dom';
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import type { FromFrame } from '../lib/frame-link';
import type { Highlight } from '../lib/highlights/model';
import type { Translate } from '../lib/i18n/strings';
import { mountFrame, type FrameHost } from './FrameHost';
import { rangeReference } from './floating';

export interface HighlightControlsOptions {
  t: Translate;
  /** highlight-editor.html's address and the extension's origin. */
  url: string;
  origin: string;
  /** The reader pressed the button: highlight the current selection. */
  onHighlight(): void;
  onMessage(m: FromFrame): void;
}

export interface HighlightControls {
  showButton(rect: DOMRect): void;
  hideButton(): void;
  openEditor(h: Highlight, anchor: Range): void;
  closeEditor(): void;
  /** Tells the reader something failed (nothing was saved), beside the selection. */
  showProblem(text: string, near?: DOMRect): void;
  editing(): string | undefined;
  readonly frame: FrameHost;
}

/** An element shown beside a reference and kept there while the page scrolls, until hidden. */
function floatingBox(el: HTMLElement, placement: 'top' | 'bottom-start') {
  let stop: (() => void) | undefined;
  const box = {
    show(reference: VirtualElement) {
      el.hidden = false;
      stop?.();
      stop = autoUpdate(reference, el, () => {
        void computePosition(reference, el, { strategy: 'fixed', placement, middleware: [offset(6), flip(), shift({ padding: 8 })] }).then(
          ({ x, y }) => {
            el.style.left = `${x}px`;
            el.style.top = `${y}px`;
          },
        );
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

/** `container` holds the button and the alert; `editorContainer`, in a closed shadow root, the editor's frame. */
export function mountHighlightControls(
  container: HTMLElement,
  editorContainer: HTMLElement,
  o: HighlightControlsOptions,
): HighlightControls {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'qv-hl-button';
  button.textContent = o.t('highlight');
  // Pressing the button must not clear the selection it acts on.
  button.addEventListener('mousedown', (e) => e.preventDefault());
  // Only the reader's own click: a page script's synthetic click must not create highlights.
  button.addEventListener('click', (e) => e.isTrusted && o.onHighlight());

  // Stays until the reader closes it or acts again: a failed save must not go unnoticed.
  const problem = document.createElement('div');
  problem.className = 'qv-layer qv-hl-problem';
  problem.setAttribute('role', 'alert');
  const problemText = document.createElement('p');
  const problemClose = document.createElement('button');
  problemClose.type = 'button';
  problemClose.textContent = o.t('close');
  problem.append(problemText, problemClose);
  container.append(button, problem);

  const editor = mountFrame(editorContainer, { url: o.url, origin: o.origin, title: o.t('highlight'), onMessage: o.onMessage });
  const buttonBox = floatingBox(button, 'top');
  const problemBox = floatingBox(problem, 'bottom-start');
  problemClose.addEventListener('click', (e) => e.isTrusted && problemBox.hide());
  let current: string | undefined;
  let lastButton: VirtualElement | undefined;

  return {
    showButton(rect) {
      lastButton = { getBoundingClientRect: () => rect };
      problemBox.hide();
      buttonBox.show(lastButton);
    },
    hideButton: () => buttonBox.hide(),
    openEditor(h, anchor) {
      buttonBox.hide();
      current = h.id;
      editor.show(rangeReference(anchor), { type: 'edit', id: h.id, url: h.url, focus: true }, true);
    },
    closeEditor() {
      current = undefined;
      editor.hide();
    },
    showProblem(text, near) {
      problemText.textContent = text;
      const reference = near ? { getBoundingClientRect: () => near } : lastButton;
      if (reference) problemBox.show(reference);
      else problem.hidden = false;
      problemClose.focus();
    },
    editing: () => current,
    frame: editor,
  };
}
