/*
 * <form-editor>: edits a form-js form (the JSON schema that task forms in forms/ use) with the
 * @bpmn-io/form-js editor.
 *
 * Properties (set from Java):
 *   schema  the form as JSON text; setting it imports the form again
 *   label   the accessible name of the editor
 *
 * Functions (call from Java with element.callJsFunction, each returns a promise):
 *   getSchema()  the edited form as formatted JSON text
 *   getXml()     the same (one name for all three editors)
 *
 * Events: editor-ready, editor-changed (detail.schema, debounced), editor-error (detail.message).
 *
 * The bpmn.io logo that form-js adds stays visible, as its licence requires.
 */
import { FormEditor } from '@bpmn-io/form-js-editor';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js-editor/dist/assets/properties-panel.css';

const CHANGE_DELAY_MS = 300;

class FormEditorElement extends HTMLElement {
  private editor?: any;
  private holder?: HTMLDivElement;
  private problem?: HTMLParagraphElement;
  private importedSchema?: string;
  private importing?: Promise<void>;
  private changeTimer?: number;

  private _schema = '';
  private _label = 'Form editor';

  get schema(): string {
    return this._schema;
  }

  set schema(value: string) {
    this._schema = value || '';
    this.importSchema();
  }

  get label(): string {
    return this._label;
  }

  set label(value: string) {
    this._label = value || 'Form editor';
    this.setAttribute('aria-label', this._label);
  }

  connectedCallback() {
    if (this.editor) {
      return;
    }
    this.classList.add('form-editor');
    this.setAttribute('role', 'region');
    this.setAttribute('aria-label', this._label);
    this.problem = document.createElement('p');
    this.problem.className = 'form-editor-problem';
    this.problem.setAttribute('role', 'alert');
    this.problem.hidden = true;
    this.holder = document.createElement('div');
    this.holder.className = 'form-editor-canvas';
    this.append(this.problem, this.holder);
    this.editor = new FormEditor({ container: this.holder });
    this.editor.on('changed', () => this.scheduleChanged());
    this.importSchema();
  }

  /** The form as it is now, as formatted JSON text. */
  async getSchema(): Promise<string> {
    if (!this.editor) {
      return this._schema;
    }
    if (this.importing) {
      await this.importing;
    }
    return JSON.stringify(this.editor.saveSchema(), null, 2);
  }

  getXml(): Promise<string> {
    return this.getSchema();
  }

  /** The form-js editor itself, for tests and scripts. */
  get formEditor(): any {
    return this.editor;
  }

  private importSchema() {
    if (!this.editor || !this._schema || this._schema === this.importedSchema) {
      return;
    }
    const text = this._schema;
    this.importedSchema = text;
    this.importing = (async () => {
      try {
        await this.editor.importSchema(JSON.parse(text));
        this.showProblem(undefined);
        this.dispatchEvent(new CustomEvent('editor-ready'));
      } catch (error: any) {
        const message = String(error?.message ?? error);
        this.showProblem('The form cannot be opened: ' + message);
        this.dispatchEvent(new CustomEvent('editor-error', { detail: { message } }));
      } finally {
        this.importing = undefined;
      }
    })();
  }

  private scheduleChanged() {
    window.clearTimeout(this.changeTimer);
    this.changeTimer = window.setTimeout(async () => {
      const schema = await this.getSchema();
      this.dispatchEvent(new CustomEvent('editor-changed', { detail: { schema } }));
    }, CHANGE_DELAY_MS);
  }

  private showProblem(message?: string) {
    if (this.problem) {
      this.problem.textContent = message ?? '';
      this.problem.hidden = !message;
    }
  }
}

if (!customElements.get('form-editor')) {
  customElements.define('form-editor', FormEditorElement);
}
