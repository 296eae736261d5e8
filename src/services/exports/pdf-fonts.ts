// The fonts of PDF exports (Noto Sans, Noto Sans Arabic, Noto Sans SC from npm, OFL) and the choice of a font for
// each run of text: every character gets the first font that has a glyph for it; a character none has (emoji)
// becomes U+FFFD, visibly a placeholder, never another character's glyph.
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

const load = createRequire(__filename);

export type FontWeight = 'regular' | 'bold';

interface FontFace {
  /** The name registered with pdfkit. */
  name: string;
  file: string;
  /** Written right to left (Arabic): words are placed from the right. */
  rtl?: boolean;
}

/** In fallback order: Latin (Indonesian and other Latin-script text) first, then Arabic, then Chinese. */
function family(weight: '400Regular' | '700Bold', suffix: string): FontFace[] {
  return [
    { name: `NotoSans${suffix}`, file: `@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf` },
    {
      name: `NotoSansArabic${suffix}`,
      file: `@expo-google-fonts/noto-sans-arabic/${weight}/NotoSansArabic_${weight}.ttf`,
      rtl: true,
    },
    {
      name: `NotoSansSC${suffix}`,
      file: `@expo-google-fonts/noto-sans-sc/${weight}/NotoSansSC_${weight}.ttf`,
    },
  ];
}

const FAMILIES: Record<FontWeight, FontFace[]> = {
  regular: family('400Regular', ''),
  bold: family('700Bold', '-Bold'),
};

export const PLACEHOLDER = '\uFFFD';

export interface TextRun {
  /** pdfkit font name. */
  font: string;
  text: string;
  rtl?: boolean;
}

interface LoadedFace extends FontFace {
  path: string;
  font: fontkit.Font;
  /** Advance widths (em) by code point, filled as characters are met. */
  advances: Map<number, number>;
}

let loaded: Record<FontWeight, LoadedFace[]> | null = null;

function faces(): Record<FontWeight, LoadedFace[]> {
  loaded ??= {
    regular: FAMILIES.regular.map(open),
    bold: FAMILIES.bold.map(open),
  };
  return loaded;
}

function open(face: FontFace): LoadedFace {
  const path = load.resolve(face.file);
  const font = fontkit.openSync(path);
  if (!('hasGlyphForCodePoint' in font)) throw new Error(`${face.file} is a font collection`);
  return { ...face, path, font, advances: new Map() };
}

const byName = new Map<string, LoadedFace>();

function face(name: string): LoadedFace {
  if (byName.size === 0)
    for (const loadedFace of [...faces().regular, ...faces().bold]) byName.set(loadedFace.name, loadedFace);
  const found = byName.get(name);
  if (!found) throw new Error(`Unknown PDF font ${name}`);
  return found;
}

/**
 * The width of `run` at `size` points from the glyphs' advance widths, without shaping. Shaping (pdfkit's
 * widthOfString) costs far more and was most of the time of a large export; kerning and Arabic joining forms
 * change widths by a few percent, which the cell padding absorbs.
 */
export function runWidth(run: TextRun, size: number): number {
  const { font, advances } = face(run.font);
  let em = 0;
  for (const character of run.text) {
    const codePoint = character.codePointAt(0) ?? 0;
    let advance = advances.get(codePoint);
    if (advance === undefined) {
      advance = font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
      advances.set(codePoint, advance);
    }
    em += advance;
  }
  return em * size;
}

/** Every face with the file pdfkit should embed for it. */
export function fontFiles(): { name: string; path: string }[] {
  return [...faces().regular, ...faces().bold].map(({ name, path }) => ({ name, path }));
}

/** Combining marks, joiners and spaces stay with the run they follow when its font has them. */
const STAYS_WITH_RUN = /[\p{M}\p{Zs}\u200c\u200d]/u;

/** `text` cut into runs, each in the first font of `weight` that draws all of its characters. */
export function textRuns(text: string, weight: FontWeight): TextRun[] {
  const family = faces()[weight];
  const runs: TextRun[] = [];
  let current: LoadedFace | null = null;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    let face: LoadedFace | undefined =
      current && STAYS_WITH_RUN.test(character) && current.font.hasGlyphForCodePoint(codePoint)
        ? current
        : family.find((candidate) => candidate.font.hasGlyphForCodePoint(codePoint));
    let shown = character;
    if (!face) {
      face = family[0];
      shown = PLACEHOLDER;
    }
    const last = runs[runs.length - 1];
    if (last && current === face) last.text += shown;
    else runs.push({ font: face.name, text: shown, ...(face.rtl ? { rtl: true } : {}) });
    current = face;
  }
  return runs;
}
