/*
 * <dmn-modeler>: edits DMN decisions (decision tables, literal expressions and the decision
 * requirements diagram) with dmn-js.
 *
 * Properties (set from Java):
 *   xml    the DMN 1.3 XML to edit; setting it imports the decisions again
 *   label  the accessible name of the editor
 *
 * Functions (call from Java with element.callJsFunction, each returns a promise):
 *   getXml()   the edited decisions as formatted DMN XML
 *
 * Events: modeler-ready, modeler-changed (detail.xml, debounced), modeler-error (detail.message).
 *
 * The bpmn.io logo that dmn-js adds stays visible, as its licence requires.
 */
// @ts-ignore (the package ships no type declarations)
import DmnModeler from 'dmn-js/lib/Modeler';
import 'dmn-js/dist/assets/diagram-js.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-js-boxed-expression.css';
import 'dmn-js/dist/assets/dmn-js-boxed-expression-controls.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css';

const CHANGE_DELAY_MS = 300;

class DmnModelerElement extends HTMLElement {
  private modeler?: any;
  private holder?: HTMLDivElement;
  private problem?: HTMLParagraphElement;
  private importedXml?: string;
  private importing?: Promise<void>;
  private changeTimer?: number;
  private listened = new Set<any>();

  private _xml = '';
  private _label = 'Decision editor';

  get xml(): string {
    return this._xml;
  }

  set xml(value: string) {
    this._xml = value || '';
    this.importXml();
  }

  get label(): string {
    return this._label;
  }

  set label(value: string) {
    this._label = value || 'Decision editor';
    this.setAttribute('aria-label', this._label);
  }

  connectedCallback() {
    if (this.modeler) {
      return;
    }
    this.classList.add('dmn-modeler');
    this.setAttribute('role', 'region');
    this.setAttribute('aria-label', this._label);
    this.problem = document.createElement('p');
    this.problem.className = 'dmn-modeler-problem';
    this.problem.setAttribute('role', 'alert');
    this.problem.hidden = true;
    this.holder = document.createElement('div');
    this.holder.className = 'dmn-modeler-canvas';
    this.append(this.problem, this.holder);
    this.modeler = new DmnModeler({
      container: this.holder,
      common: { keyboard: { bindTo: window } },
    });
    // each view (table, diagram, literal expression) has its own command stack
    this.modeler.on('views.changed', () => this.listenToActiveViewer());
    this.importXml();
  }

  /** The decisions as they are now, as formatted DMN XML. */
  async getXml(): Promise<string> {
    if (!this.modeler) {
      return this._xml;
    }
    if (this.importing) {
      await this.importing;
    }
    const { xml } = await this.modeler.saveXML({ format: true });
    return xml;
  }

  /** The dmn-js modeler itself, for tests and scripts. */
  get dmnModeler(): any {
    return this.modeler;
  }

  private listenToActiveViewer() {
    const viewer = this.modeler?.getActiveViewer();
    if (viewer && !this.listened.has(viewer)) {
      this.listened.add(viewer);
      viewer.on('elements.changed', () => this.scheduleChanged());
    }
  }

  private importXml() {
    if (!this.modeler || !this._xml || this._xml === this.importedXml) {
      return;
    }
    const xml = this._xml;
    this.importedXml = xml;
    this.importing = (async () => {
      try {
        await this.modeler.importXML(xml);
        this.openFirstDecisionTable();
        this.showProblem(undefined);
        this.dispatchEvent(new CustomEvent('modeler-ready'));
      } catch (error: any) {
        const message = String(error?.message ?? error);
        this.showProblem('The decisions cannot be opened: ' + message);
        this.dispatchEvent(new CustomEvent('modeler-error', { detail: { message } }));
      } finally {
        this.importing = undefined;
      }
    })();
  }

  /** Governance leads mostly change tables (thresholds, eligibility): open the first one. */
  private openFirstDecisionTable() {
    const table = this.modeler.getViews().find((view: any) => view.type === 'decisionTable');
    if (table) {
      this.modeler.open(table);
    }
    this.listenToActiveViewer();
  }

  private scheduleChanged() {
    window.clearTimeout(this.changeTimer);
    this.changeTimer = window.setTimeout(async () => {
      const xml = await this.getXml();
      this.dispatchEvent(new CustomEvent('modeler-changed', { detail: { xml } }));
    }, CHANGE_DELAY_MS);
  }

  private showProblem(message?: string) {
    if (this.problem) {
      this.problem.textContent = message ?? '';
      this.problem.hidden = !message;
    }
  }
}

if (!customElements.get('dmn-modeler')) {
  customElements.define('dmn-modeler', DmnModelerElement);
}
