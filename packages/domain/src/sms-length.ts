/** How an SMS is encoded: 7-bit GSM default alphabet, or UCS-2 (UTF-16) for anything else. */
export type SmsEncoding = 'GSM-7' | 'UCS-2';

/** How long a text is as an SMS, and how many messages it is sent as. */
export interface SmsLength {
  /** `GSM-7` when every character is in the GSM 03.38 alphabet, else `UCS-2`. */
  encoding: SmsEncoding;
  /** Length in the encoding's units: septets for GSM-7, UTF-16 code units for UCS-2. */
  units: number;
  /** Number of SMS the text is sent as; 0 for an empty text. */
  segments: number;
  /** Units per SMS at this length: 160 or 153 for GSM-7, 70 or 67 for UCS-2. */
  perSegment: number;
}

// GSM 03.38 default alphabet (without ESC, which only introduces the extension table).
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
    '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
// Extension table: each is sent as ESC + character, so it takes two septets.
const GSM_EXTENSION = new Set('\f^{}\\[~]|€');

const LIMITS: Record<SmsEncoding, { single: number; concatenated: number }> = {
  'GSM-7': { single: 160, concatenated: 153 },
  'UCS-2': { single: 70, concatenated: 67 },
};

function gsmSeptets(character: string): number | null {
  if (GSM_BASIC.has(character)) return 1;
  if (GSM_EXTENSION.has(character)) return 2;
  return null;
}

/**
 * Measures a text as an SMS. In GSM-7 basic characters take one septet and extension
 * characters (`^{}\[~]|€`, form feed) two; one SMS holds 160 septets, a concatenated one
 * 153. Any other character switches the whole text to UCS-2: 70 UTF-16 code units, or 67
 * per concatenated SMS (an emoji takes two). A character is never split between two SMS,
 * as phones do: an extension character or an emoji that does not fit in the rest of a
 * segment starts the next one, so a long text may need one segment more than
 * `units / perSegment` suggests.
 */
export function smsLength(text: string): SmsLength {
  const characters = Array.from(text);
  const septets = characters.map(gsmSeptets);
  const gsm = septets.every((size): size is number => size !== null);
  const encoding: SmsEncoding = gsm ? 'GSM-7' : 'UCS-2';
  const sizes = gsm ? septets : characters.map((character) => character.length);
  const units = sizes.reduce((sum, size) => sum + size, 0);
  const { single, concatenated } = LIMITS[encoding];
  if (units <= single) {
    return { encoding, units, segments: units === 0 ? 0 : 1, perSegment: single };
  }
  return { encoding, units, segments: packSegments(sizes, concatenated), perSegment: concatenated };
}

/** Counts segments of `capacity` units filled in order, never splitting one character. */
function packSegments(sizes: readonly number[], capacity: number): number {
  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > capacity) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return segments;
}
