/** One fact found in a sentence: its span in the file, what it is about and the value it asserts. */
export interface FactHit {
  start: number;
  end: number;
  /** `<family>:<key>[@<subject>]`, e.g. "left:liberal@Han Dong", "order:released|Meng Wanzhou|released". */
  topic: string;
  value: string;
}

/** Appends the person a fact is about to its topic: "left:liberal" + "Han Dong" → "left:liberal@Han Dong". */
export function withSubject(topic: string, subject: string | null): string {
  return subject ? `${topic}@${subject}` : topic;
}

/** A fact over a regular-expression match in a sentence that starts at `offset` in the file. */
export function matchHit(m: RegExpMatchArray, offset: number, topic: string, value: string): FactHit {
  const at = offset + (m.index ?? 0);
  return { start: at, end: at + m[0].length, topic, value };
}
