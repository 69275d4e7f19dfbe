import type { Language } from '../domain/localized-text';
import type { CommentVisibility } from '../domain/ticket-enums';
import type { Prng } from './prng';

const SITES = ['Sede Central', 'San Isidro', 'Miraflores', 'Arequipa', 'Trujillo', 'Callao', 'Cusco'];

/** Fills {floor}, {asset}, {site} and {n} so titles vary while keeping their search words. */
export function fillWording(prng: Prng, template: string): string {
  return template.replace(/\{(floor|asset|site|n)\}/g, (_, key: string) => {
    if (key === 'floor') return String(prng.int(1, 12));
    if (key === 'asset') return `EQ-${String(prng.int(100, 9999)).padStart(4, '0')}`;
    if (key === 'site') return prng.pick(SITES);
    return String(prng.int(2, 30));
  });
}

type CommentAuthor = 'agent' | 'requester';

const COMMENTS: Record<Language, Record<CommentAuthor | 'internal', readonly string[]>> = {
  es: {
    agent: [
      'Hola, estamos revisando su caso. ¿Puede indicarnos el número de activo del equipo?',
      'Se reinició el servicio; por favor confirme si ya funciona.',
      'Nos conectamos por acceso remoto y ajustamos la configuración. Quedamos atentos.',
      'Le enviamos los pasos para restablecer la configuración; avísenos si persiste el problema.',
      'Se programó una visita del técnico para mañana a las {n}:00.',
    ],
    internal: [
      'Escalado con el diagnóstico del checklist completo.',
      'Revisé los registros del servidor: sin errores evidentes. Pendiente prueba con el usuario.',
      'Pendiente respuesta del proveedor, caso {n}.',
      'Mismo síntoma reportado por otros usuarios del piso {floor}; posible incidente mayor.',
    ],
    requester: [
      'Gracias, ya funciona correctamente.',
      'Sigue fallando, adjunto captura de pantalla del error.',
      'Estaré disponible después de las {n}:00 para la conexión remota.',
      'El número de activo es {asset}.',
    ],
  },
  en: {
    agent: [
      'Hi, we are looking into your case. Could you tell us the asset number of the device?',
      'We restarted the service; please confirm whether it works now.',
      'We connected remotely and adjusted the configuration. Let us know how it goes.',
      'We sent you the steps to reset the settings; tell us if the problem persists.',
      'A technician visit is scheduled for tomorrow at {n}:00.',
    ],
    internal: [
      'Escalated with the full diagnosis checklist.',
      'Checked the server logs: no obvious errors. Waiting to test with the user.',
      'Waiting for the vendor, case {n}.',
      'Same symptom reported by other users on floor {floor}; possible major incident.',
    ],
    requester: [
      'Thanks, it works fine now.',
      'Still failing, screenshot of the error attached.',
      'I will be available after {n}:00 for the remote session.',
      'The asset number is {asset}.',
    ],
  },
};

export interface DemoCommentText {
  body: string;
  visibility: CommentVisibility;
  byRequester: boolean;
}

export function pickCommentText(prng: Prng, language: Language): DemoCommentText {
  const roll = prng.next();
  const kind: CommentAuthor | 'internal' = roll < 0.45 ? 'agent' : roll < 0.7 ? 'internal' : 'requester';
  return {
    body: fillWording(prng, prng.pick(COMMENTS[language][kind])),
    visibility: kind === 'internal' ? 'internal' : 'public',
    byRequester: kind === 'requester',
  };
}

const CANCEL_REASONS: Record<Language, readonly string[]> = {
  es: ['Duplicado de otro ticket', 'Correo no deseado', 'El usuario lo resolvió por su cuenta'],
  en: ['Duplicate of another ticket', 'Spam', 'The user solved it on their own'],
};

export function pickCancelReason(prng: Prng, language: Language): string {
  return prng.pick(CANCEL_REASONS[language]);
}
