import { describe, expect, test } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { renderHtml } from "../../src/report/html/index.js";
import { analyzePaths } from "./helpers/analyzed.js";
import { CHROMIUM, HAVE_CHROMIUM, screenshot, type Shot } from "./helpers/chromium.js";
import { decodePng } from "./helpers/png.js";

// Renders the seeds' report in Debian's headless chromium (.ci/run installs it
// when missing). Without a browser these tests skip, and say so once.
if (!HAVE_CHROMIUM) console.warn(`html-browser: skipped, no browser at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM)`);

function shoot(html: string): Shot & { bytes: Buffer | null } {
  const dir = mkdtempSync(join(tmpdir(), "claims-html-"));
  const file = join(dir, "report.html");
  writeFileSync(file, html);
  const shot = screenshot(file);
  const bytes = shot.png ? readFileSync(shot.png) : null;
  if (shot.png) rmSync(dirname(shot.png), { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  return { ...shot, bytes };
}

/** Pixels within 3 of a colour in each channel: CSS colours come out exact, antialiasing aside. */
function countNear(img: ReturnType<typeof decodePng>, [r, g, b]: [number, number, number]): number {
  let n = 0;
  for (let y = 0; y < img.height; y += 1) {
    for (let x = 0; x < img.width; x += 1) {
      const [pr, pg, pb] = img.pixel(x, y);
      if (Math.abs(pr - r) <= 3 && Math.abs(pg - g) <= 3 && Math.abs(pb - b) <= 3) n++;
    }
  }
  return n;
}

describe.skipIf(!HAVE_CHROMIUM)(`the seeds' HTML in headless ${CHROMIUM}`, () => {
  const { report, ctx } = analyzePaths(["seeds"]);
  const shot = shoot(renderHtml(report, report.comparisons, ctx));

  test("a screenshot was written and is a real page, not a blank one", () => {
    expect(shot.bytes, shot.stderr.slice(-2000)).not.toBeNull();
    const bytes = shot.bytes ?? Buffer.alloc(0);
    expect(bytes.length).toBeGreaterThan(50_000); // a blank 1280×2000 page compresses to a few kB
    const img = decodePng(bytes);
    expect([img.width, img.height]).toEqual([1280, 2000]);
    const colours = new Set<string>();
    let inked = 0;
    for (let y = 0; y < img.height; y += 4) {
      for (let x = 0; x < img.width; x += 4) {
        const px = img.pixel(x, y);
        colours.add(px.join(","));
        if (px.some((v) => v < 200)) inked++;
      }
    }
    expect(colours.size).toBeGreaterThan(50);
    expect(inked / ((img.width / 4) * (img.height / 4))).toBeGreaterThan(0.02);
  });

  test("the inline style sheet applied: the summary's coloured count boxes are on screen", () => {
    // Each count box has a 6px left border in its verdict's colour (--red, --cyan, --green),
    // drawn whatever the counts are, so this holds while the pipeline's findings change.
    const img = decodePng(shot.bytes ?? Buffer.alloc(0));
    for (const colour of [
      [0xb4, 0x23, 0x18],
      [0x0e, 0x74, 0x90],
      [0x15, 0x80, 0x3d],
    ] as [number, number, number][]) {
      expect(countNear(img, colour), colour.join(",")).toBeGreaterThan(150);
    }
  });

  test("the page logs nothing to the console: no script error, no blocked load, no CSP violation", () => {
    expect(shot.console).toEqual([]);
  });
});

describe.skipIf(!HAVE_CHROMIUM)("the console check itself", () => {
  test("catches an error and a blocked network load on a faulty page", () => {
    const faulty = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"></head><body><p>x</p><img src="https://example.invalid/a.png"></body></html>`;
    const shot = shoot(faulty);
    expect(shot.console.join("\n")).toMatch(/Content Security Policy/);
    expect(shot.bytes).not.toBeNull();
  });
});
