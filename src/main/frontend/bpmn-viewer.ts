/*
 * <bpmn-viewer>: draws a BPMN diagram read-only with bpmn-js and marks where a journey is.
 *
 * Properties (set from Java):
 *   xml          the BPMN 2.0 XML of the process definition
 *   activeIds    ids of the flow elements the journey is at now (marker class "cj-active")
 *   completedIds ids of the flow elements already passed (marker class "cj-completed")
 *   label        the accessible name of the drawing, e.g. "Process diagram, current stage: Ideas"
 *
 * The drawing gets role="img" and the label; the text timeline next to it is the fallback for
 * screen readers. The bpmn.io logo that bpmn-js adds stays visible, as its licence requires.
 * Marker colours live in the theme (styles.css), so they can change without a new bundle.
 */
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

const ACTIVE = 'cj-active';
const COMPLETED = 'cj-completed';
const READABLE_SCALE = 0.5;
const FOCUS_SCALE = 0.9;

class BpmnViewerElement extends HTMLElement {
  private viewer?: any;
  private canvasHolder?: HTMLDivElement;
  private problem?: HTMLParagraphElement;
  private shownXml?: string;
  private marked: Array<[string, string]> = [];
  private pending = false;
  private resizeObserver?: ResizeObserver;

  private _xml = '';
  private _activeIds: string[] = [];
  private _completedIds: string[] = [];
  private _label = 'Process diagram';

  get xml(): string {
    return this._xml;
  }

  set xml(value: string) {
    this._xml = value || '';
    this.scheduleRender();
  }

  get activeIds(): string[] {
    return this._activeIds;
  }

  set activeIds(value: string[]) {
    this._activeIds = Array.isArray(value) ? value : [];
    this.scheduleRender();
  }

  get completedIds(): string[] {
    return this._completedIds;
  }

  set completedIds(value: string[]) {
    this._completedIds = Array.isArray(value) ? value : [];
    this.scheduleRender();
  }

  get label(): string {
    return this._label;
  }

  set label(value: string) {
    this._label = value || 'Process diagram';
    this.applyLabel();
  }

  connectedCallback() {
    if (!this.canvasHolder) {
      this.canvasHolder = document.createElement('div');
      this.canvasHolder.className = 'bpmn-viewer-canvas';
      this.problem = document.createElement('p');
      this.problem.className = 'bpmn-viewer-problem';
      this.problem.hidden = true;
      this.append(this.canvasHolder, this.problem);
      this.viewer = new NavigatedViewer({ container: this.canvasHolder });
    }
    if (!this.resizeObserver) {
      this.resizeObserver = new ResizeObserver(() => this.fit());
      this.resizeObserver.observe(this);
    }
    this.scheduleRender();
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  private scheduleRender() {
    if (this.pending || !this.viewer) {
      return;
    }
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      this.render();
    });
  }

  private async render() {
    if (!this.viewer) {
      return;
    }
    if (this._xml && this._xml !== this.shownXml) {
      try {
        this.shownXml = this._xml;
        await this.viewer.importXML(this._xml);
        this.marked = [];
        this.showProblem(undefined);
      } catch (error: any) {
        this.showProblem('The diagram cannot be drawn: ' + (error?.message ?? error));
        this.dispatchEvent(new CustomEvent('bpmn-error', { detail: { message: String(error?.message ?? error) } }));
        return;
      }
    }
    if (!this.shownXml) {
      return;
    }
    this.mark();
    this.fit();
    this.applyLabel();
    this.dispatchEvent(new CustomEvent('bpmn-rendered'));
  }

  private mark() {
    const canvas = this.viewer.get('canvas');
    const registry = this.viewer.get('elementRegistry');
    for (const [id, marker] of this.marked) {
      if (registry.get(id)) {
        canvas.removeMarker(id, marker);
      }
    }
    this.marked = [];
    const add = (ids: string[], marker: string) => {
      for (const id of ids) {
        if (registry.get(id)) {
          canvas.addMarker(id, marker);
          this.marked.push([id, marker]);
        }
      }
    };
    add(this._completedIds.filter((id) => !this._activeIds.includes(id)), COMPLETED);
    add(this._activeIds, ACTIVE);
  }

  /**
   * Shows the whole process, unless it would be too small to read: then the current step at a
   * readable size (people can pan and zoom from there, or call showWholeProcess()).
   */
  private fit() {
    if (!this.viewer || !this.shownXml || this.offsetWidth === 0) {
      return;
    }
    try {
      const canvas = this.viewer.get('canvas');
      canvas.zoom('fit-viewport', 'auto');
      if (canvas.zoom() < READABLE_SCALE) {
        this.showCurrentStep();
      }
    } catch (ignored) {
      // nothing drawn yet
    }
  }

  /** Zooms out so that the whole process fits. */
  showWholeProcess() {
    if (this.viewer && this.shownXml) {
      this.viewer.get('canvas').zoom('fit-viewport', 'auto');
    }
  }

  /** Zooms to a readable size around the current step (or the first step passed, or the start). */
  showCurrentStep() {
    if (!this.viewer || !this.shownXml) {
      return;
    }
    const canvas = this.viewer.get('canvas');
    const registry = this.viewer.get('elementRegistry');
    const ids = [...this._activeIds, ...this._completedIds.slice().reverse()];
    const element = ids.map((id) => registry.get(id)).find((found: any) => found && found.width !== undefined)
      ?? registry.filter((found: any) => found.type === 'bpmn:StartEvent')[0];
    if (!element) {
      canvas.zoom('fit-viewport', 'auto');
      return;
    }
    canvas.zoom(FOCUS_SCALE);
    const box = canvas.viewbox();
    canvas.viewbox({
      x: element.x + element.width / 2 - box.width / 2,
      y: element.y + element.height / 2 - box.height / 2,
      width: box.width,
      height: box.height,
    });
  }

  private applyLabel() {
    const svg = this.canvasHolder?.querySelector('svg');
    if (svg) {
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', this._label);
    }
  }

  private showProblem(message?: string) {
    if (!this.problem || !this.canvasHolder) {
      return;
    }
    this.problem.textContent = message ?? '';
    this.problem.hidden = !message;
    this.canvasHolder.hidden = !!message;
  }
}

if (!customElements.get('bpmn-viewer')) {
  customElements.define('bpmn-viewer', BpmnViewerElement);
}
