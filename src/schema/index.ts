/** The one source of truth for every type that crosses a stage and for the JSON document. */
export * from "./span.js";
export * from "./diagnostic.js";
export * from "./article.js";
export * from "./statement.js";
export * from "./comparison.js";
export * from "./report.js";
export * from "./source.js";
export * from "./provenance.js";
export * from "./coverage.js";
