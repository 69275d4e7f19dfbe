import type { Kysely } from 'kysely';

// Frozen once landed: never edit; add a new timestamped migration instead.
// Written against Kysely<any> so later schema changes cannot break its types, and only with types
// both dialects share (text, integer, bigint), so the same file runs on SQLite and PostgreSQL.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * First-line workflow (docs/workflow.md), the same tables as the desktop's 20261127T0200-workflow:
 * checklist template versions and the configurable resolution codes (seeded with the defaults, the
 * rows of DEFAULT_RESOLUTION_CODES frozen as of this migration). Runs, resolutions and problem
 * records are ticket events.
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
  await db.schema
    .createIndex('checklist_templates_by_category')
    .on('checklist_templates')
    .columns(['category_id'])
    .execute();

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
  await db.schema.createIndex('tickets_by_problem').on('tickets').columns(['problem_id']).execute();
}
