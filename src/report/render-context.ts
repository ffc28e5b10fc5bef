import type { ChalkInstance } from "chalk";
import type { Excerpt } from "./excerpt.js";

/** What every human-facing reporter is handed; reporters never read env or stdio. */
export interface RenderContext {
  chalk: ChalkInstance;
  /** `file:line:column` of an offset in a file. */
  locate: (file: string, offset: number) => string;
  /** Terminal width to wrap to (80 when not a terminal). */
  /** The sentence around a span, for facts shown in context. */
  excerpt: (file: string, start: number, end: number) => Excerpt;
  width: number;
  verbose: boolean;
}
