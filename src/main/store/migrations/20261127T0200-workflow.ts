import { sql, type Kysely } from 'kysely';

// Frozen once landed: never edit; add a new timestamped migration instead.
// Written against Kysely<any> so later schema changes cannot break its types.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * First-line workflow (docs/workflow.md). Checklist runs, resolutions, problem records and
 * documentation time live in ticket events (they sync and undo like any event); what needs tables is
 * reference data:
 * - `checklist_templates`: every published version (a run keeps the version it started with), the
 *   definition as validated JSON;
 * - `resolution_codes`: the configurable list, seeded with the defaults every desk starts with
 *   (the same rows as DEFAULT_RESOLUTION_CODES in src/shared/workflow, frozen here as of this migration).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('checklist_templates')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('category_id', 'text', (c) => c.notNull())
    .addColumn('title_es', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('definition_json', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('checklist_templates_pk', ['id', 'version'])
    .execute();
  await db.schema.createIndex('checklist_templates_by_category').on('checklist_templates').columns(['category_id']).execute();

  await db.schema
    .createTable('resolution_codes')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('label_es', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  const defaults: Array<[number, string, string, string]> = [
      [10, 'guided_user', 'Resuelto guiando al usuario', 'Solved by guiding the user'],
      [20, 'password_reset', 'Contraseña restablecida o cuenta desbloqueada', 'Password reset or account unlocked'],
      [30, 'access_granted', 'Acceso o permiso otorgado', 'Access or permission granted'],
      [40, 'configuration_fixed', 'Configuración corregida', 'Configuration fixed'],
      [50, 'software_installed', 'Software instalado, reparado o actualizado', 'Software installed, repaired or updated'],
      [60, 'hardware_replaced', 'Hardware o consumible reemplazado', 'Hardware or consumable replaced'],
      [70, 'workaround_applied', 'Solución temporal aplicada (error conocido)', 'Workaround applied (known error)'],
      [80, 'vendor_fixed', 'Resuelto por el proveedor', 'Resolved by the vendor'],
      [90, 'no_fault_found', 'Sin falla reproducible', 'No fault found'],
      [100, 'self_resolved', 'Se resolvió solo o lo resolvió el usuario', 'Resolved by itself or by the user'],
  ];
  await db
    .insertInto('resolution_codes')
    .values(defaults.map(([position, code, es, en]) => ({ code, label_es: es, label_en: en, active: 1, position })))
    .execute();

  // Incidents per problem (KPI) and the problem's incident list.
  await sql`CREATE INDEX tickets_by_problem ON tickets (problem_id) WHERE problem_id IS NOT NULL`.execute(db);
}
