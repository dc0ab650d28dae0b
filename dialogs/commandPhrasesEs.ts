// The Spanish words that steer the conversation, beside the English ones in ./commands.ts (same
// rules: only a message that IS the command counts). Written without accents: the text is folded
// before lookup ("adiós" → "adios"). The Spanish help text names "empezar de nuevo", "cancelar"
// and "llamar", so those work typed.
import type { Command } from './commands';

export const SPANISH_PHRASES: Record<Command, string[]> = {
  greeting: [
    'hola',
    'buenos dias',
    'buenas tardes',
    'buenas noches',
    'buenas',
    'que tal',
    'hola buenas',
    'hola otra vez',
    'hola de nuevo',
  ],
  thanks: ['gracias', 'muchas gracias', 'mil gracias', 'ok gracias', 'perfecto', 'muy bien gracias', 'entendido'],
  bye: ['adios', 'hasta luego', 'nos vemos', 'chao', 'bye gracias', 'eso es todo', 'es todo', 'nada mas', 'ya no'],
  help: [
    'ayuda',
    'ayudame',
    'ayudeme',
    'necesito ayuda',
    'que puedes hacer',
    'que puede hacer',
    'opciones',
    // "¿Qué eres?": what the bot is (the help text says it is not a person).
    'que eres',
    'quien eres',
    'que es esto',
    'eres una persona',
    'eres persona',
    'eres humano',
    'eres un humano',
    'eres un robot',
    'eres un bot',
    'eres real',
    'con quien hablo',
  ],
  cancel: ['cancelar', 'cancela', 'cancele', 'parar', 'para', 'alto', 'olvidalo', 'olvidelo', 'ya no quiero', 'salir'],
  'start-over': [
    'empezar de nuevo',
    'empezar otra vez',
    'volver a empezar',
    'reiniciar',
    'desde el principio',
    'otra vez',
  ],
  call: [
    'llamar',
    'llamar a la clinica',
    'telefono',
    'numero de telefono',
    'cual es su telefono',
    'hacer una cita',
    'sacar una cita',
    'quiero una cita',
    'hablar con alguien',
    'hablar con una persona',
  ],
  callback: [
    'pedir que me llamen',
    'que me llamen',
    'llamenme',
    'llameme',
    'me pueden llamar',
    'me puede llamar',
    'me llaman',
    'quiero que me llamen',
    'devuelvanme la llamada',
  ],
};

/** Politeness around a Spanish command: "ayuda por favor", "ok cancelar". */
export const SPANISH_FILLER = ['por', 'favor', 'porfa', 'pues', 'bueno', 'oiga', 'mire', 'este'];

/** "quiero cancelar", "puedo empezar de nuevo", "necesito hablar con alguien". */
export const SPANISH_LEADS = ['quiero ', 'quisiera ', 'puedo ', 'podemos ', 'necesito ', 'me gustaria ', 'vamos a '];
