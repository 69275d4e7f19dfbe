import { expect, type Locator, type Page } from '@playwright/test';

/** Settings → Checklists: the template list and the editor of one template. */
export class ChecklistEditorPage {
  readonly root: Locator;
  readonly editor: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('checklist-admin');
    this.editor = page.getByTestId('checklist-editor');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('checklist-admin-open').click();
    await expect(this.root).toBeVisible();
  }

  async edit(templateId: string): Promise<void> {
    await this.root.locator(`[data-testid="checklist-template"][data-template-id="${templateId}"]`).click();
    await expect(this.editor).toHaveAttribute('data-template-id', templateId);
  }

  node(id: string): Locator {
    return this.editor.locator(`[data-testid="checklist-node"][data-node-id="${id}"]`);
  }

  errorsOf(id: string): Locator {
    return this.node(id).getByTestId('checklist-node-error');
  }

  /** Rewrites one step's (or outcome's) JSON with `change` applied. */
  async changeNode(
    id: string,
    change: (node: Record<string, unknown>) => Record<string, unknown>,
  ): Promise<void> {
    const field = this.node(id).getByTestId('checklist-node-json');
    const node = JSON.parse(await field.inputValue()) as Record<string, unknown>;
    await field.fill(JSON.stringify(change(node), null, 2));
  }

  async save(): Promise<void> {
    await this.editor.getByTestId('checklist-save').click();
  }
}
