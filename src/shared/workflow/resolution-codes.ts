import { z } from 'zod';
import { LocalizedTextSchema } from '../domain/localized-text';

/** A resolution code from the desk's configurable list (reference data, table `resolution_codes`). */
export const ResolutionCodeSchema = z.strictObject({
  code: z.string().regex(/^[a-z0-9_]{1,64}$/),
  label: LocalizedTextSchema,
  /** Retired codes stay for history and reports but cannot be chosen for new resolutions. */
  active: z.boolean(),
  position: z.number().int().nonnegative(),
});
export type ResolutionCode = z.infer<typeof ResolutionCodeSchema>;

const code = (position: number, id: string, es: string, en: string): ResolutionCode => ({
  code: id,
  label: { es, en },
  active: true,
  position,
});

/**
 * The list a new desk starts with (the migrations insert the same rows; a test keeps them equal).
 * Admins add, rename or retire codes; codes themselves never change once used.
 */
export const DEFAULT_RESOLUTION_CODES: readonly ResolutionCode[] = [
  code(10, 'guided_user', 'Resuelto guiando al usuario', 'Solved by guiding the user'),
  code(20, 'password_reset', 'Contraseña restablecida o cuenta desbloqueada', 'Password reset or account unlocked'),
  code(30, 'access_granted', 'Acceso o permiso otorgado', 'Access or permission granted'),
  code(40, 'configuration_fixed', 'Configuración corregida', 'Configuration fixed'),
  code(50, 'software_installed', 'Software instalado, reparado o actualizado', 'Software installed, repaired or updated'),
  code(60, 'hardware_replaced', 'Hardware o consumible reemplazado', 'Hardware or consumable replaced'),
  code(70, 'workaround_applied', 'Solución temporal aplicada (error conocido)', 'Workaround applied (known error)'),
  code(80, 'vendor_fixed', 'Resuelto por el proveedor', 'Resolved by the vendor'),
  code(90, 'no_fault_found', 'Sin falla reproducible', 'No fault found'),
  code(100, 'self_resolved', 'Se resolvió solo o lo resolvió el usuario', 'Resolved by itself or by the user'),
];

export function activeResolutionCodes(codes: readonly ResolutionCode[]): ResolutionCode[] {
  return codes.filter((c) => c.active).sort((a, b) => a.position - b.position || a.code.localeCompare(b.code));
}
