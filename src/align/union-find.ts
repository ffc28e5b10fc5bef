/** Disjoint sets over 0..n-1 with path halving; `find` gives a set's representative. */
export class UnionFind {
  private readonly parent: number[];

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }

  /** The representative of `i`'s set. */
  find(i: number): number {
    let x = i;
    while (this.parent[x] !== x) {
      const p = this.parent[x] ?? x;
      this.parent[x] = this.parent[p] ?? p;
      x = this.parent[x] ?? x;
    }
    return x;
  }

  /** Joins the sets of `a` and `b`; the smaller index stays representative. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }

  /** Members of each set, each list ascending, sets ordered by their first member. */
  groups(): number[][] {
    const by = new Map<number, number[]>();
    this.parent.forEach((_, i) => {
      const r = this.find(i);
      const list = by.get(r);
      if (list) list.push(i);
      else by.set(r, [i]);
    });
    return [...by.values()].sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
  }
}
