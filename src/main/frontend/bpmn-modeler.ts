/*
 * <bpmn-modeler>: edits a BPMN diagram with the bpmn-js Modeler and the properties panel for
 * Camunda 7 attributes (forms, candidate groups, timers, conditions, history time to live).
 *
 * Properties (set from Java):
 *   xml    the BPMN 2.0 XML to edit; setting it imports the diagram again
 *   label  the accessible name of the drawing
 *
 * Functions (call from Java with element.callJsFunction, each returns a promise):
 *   getXml()          the edited diagram as formatted BPMN 2.0 XML
 *   highlight(ids)    marks elements (e.g. the ones a diff or a validation names)
 *
 * Events:
 *   modeler-ready    the editor is drawn in the browser
 *   modeler-changed  detail.xml: the diagram after each change (debounced)
 *   modeler-error    detail.message: the XML could not be imported
 *
 * The bpmn.io logo that bpmn-js adds stays visible, as its licence requires.
 */
import BpmnModeler from 'bpmn-js/lib/Modeler';
// @ts-ignore (the package ships no type declarations)
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CamundaPlatformPropertiesProviderModule } from 'bpmn-js-properties-panel';
// @ts-ignore
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
// @ts-ignore
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';

const HIGHLIGHT = 'cj-highlight';
const CHANGE_DELAY_MS = 300;

class BpmnModelerElement extends HTMLElement {
  private modeler?: any;
  private canvasHolder?: HTMLDivElement;
  private panelHolder?: HTMLDivElement;
  private problem?: HTMLParagraphElement;
  private importedXml?: string;
  private importing?: Promise<void>;
  private highlighted: string[] = [];
  private changeTimer?: number;

  private _xml = '';
  private _label = 'Process diagram editor';

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
    this._label = value || 'Process diagram editor';
    this.applyLabel();
  }

  connectedCallback() {
    if (this.modeler) {
      return;
    }
    this.classList.add('bpmn-modeler');
    this.canvasHolder = document.createElement('div');
    this.canvasHolder.className = 'bpmn-modeler-canvas';
    this.panelHolder = document.createElement('div');
    this.panelHolder.className = 'bpmn-modeler-properties';
    this.problem = document.createElement('p');
    this.problem.className = 'bpmn-modeler-problem';
    this.problem.setAttribute('role', 'alert');
    this.problem.hidden = true;
    this.append(this.problem, this.canvasHolder, this.panelHolder);
    this.modeler = new BpmnModeler({
      container: this.canvasHolder,
      propertiesPanel: { parent: this.panelHolder },
      additionalModules: [
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        CamundaPlatformPropertiesProviderModule,
        CamundaBehaviorsModule,
      ],
      moddleExtensions: { camunda: camundaModdle },
    });
    this.modeler.on('commandStack.changed', () => this.scheduleChanged());
    this.importXml();
  }

  /** The diagram as it is now, as formatted BPMN 2.0 XML. */
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

  /** Marks the elements with these ids (and unmarks the ones marked before). */
  highlight(ids: string[]) {
    if (!this.modeler) {
      return;
    }
    const canvas = this.modeler.get('canvas');
    const registry = this.modeler.get('elementRegistry');
    for (const id of this.highlighted) {
      if (registry.get(id)) {
        canvas.removeMarker(id, HIGHLIGHT);
      }
    }
    this.highlighted = (Array.isArray(ids) ? ids : []).filter((id) => registry.get(id));
    for (const id of this.highlighted) {
      canvas.addMarker(id, HIGHLIGHT);
    }
  }

  /** The bpmn-js modeler itself, for tests and scripts that drive the editor through its API. */
  get bpmnModeler(): any {
    return this.modeler;
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
        this.showProblem(undefined);
        try {
          this.modeler.get('canvas').zoom('fit-viewport', 'auto');
        } catch (ignored) {
          // not laid out yet
        }
        this.applyLabel();
        this.dispatchEvent(new CustomEvent('modeler-ready'));
      } catch (error: any) {
        const message = String(error?.message ?? error);
        this.showProblem('The diagram cannot be opened: ' + message);
        this.dispatchEvent(new CustomEvent('modeler-error', { detail: { message } }));
      } finally {
        this.importing = undefined;
      }
    })();
  }

  private scheduleChanged() {
    window.clearTimeout(this.changeTimer);
    this.changeTimer = window.setTimeout(async () => {
      const xml = await this.getXml();
      this.dispatchEvent(new CustomEvent('modeler-changed', { detail: { xml } }));
    }, CHANGE_DELAY_MS);
  }

  private applyLabel() {
    const svg = this.canvasHolder?.querySelector('svg');
    if (svg) {
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', this._label);
    }
  }

  private showProblem(message?: string) {
    if (this.problem) {
      this.problem.textContent = message ?? '';
      this.problem.hidden = !message;
    }
  }
}

if (!customElements.get('bpmn-modeler')) {
  customElements.define('bpmn-modeler', BpmnModelerElement);
}
