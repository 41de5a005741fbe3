import { createRequire } from 'node:module';
import type { Resvg as ResvgType } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/**
 * The font ships inside an npm package (Inter, OFL), so rendering never depends on the fonts a
 * machine happens to have: the same SVG gives the same pixels on a laptop, in CI and in Docker.
 */
const FONT_FILES = [
  require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  require.resolve('@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf'),
];

let Resvg: typeof ResvgType | undefined;

/**
 * SVG text → PNG bytes (resvg, a prebuilt binary shipped as an npm package; no system fonts).
 * The native binding loads on the first chart, not when a process that never draws imports this.
 */
export function svgToPng(svg: string): Buffer {
  Resvg ??= (require('@resvg/resvg-js') as { Resvg: typeof ResvgType }).Resvg;
  const resvg = new Resvg(svg, { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Inter' } });
  return Buffer.from(resvg.render().asPng());
}
