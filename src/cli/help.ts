/** Examples shown first in `claims --help`: what people actually type. */
export const MAIN_HELP = `Examples:
  claims compare                      compare the bundled seeds/ (seven articles, one story)
  claims compare articles/            every *.txt below articles/, sorted
  claims compare a.txt b.txt --only contradictions
  claims show --outlet cbc            what one outlet's article attributes, and to whom
  claims outlets                      the articles found and the keys --outlet takes
  claims compare --json | jq '.comparisons[] | select(.verdict == "contradict")'
  cat story.txt | claims show --outlet 1 -

Exit codes:
  0   ran (differences and contradictions are results, not failures)
  1   ran, and --fail-on matched
  2   usage or input error (unknown option, nothing to read, unreadable file, unknown outlet)
  70  internal error (add --debug for the stack)

Colour: only on a terminal; --no-color or NO_COLOR turn it off, --color or FORCE_COLOR on.
Docs: README.md (JSON format, exit codes), docs/ARCHITECTURE.md.`;

export const COMPARE_HELP = `
Examples:
  claims compare                                   the bundled seeds
  claims compare seeds/ --only wording --outlet cbc --outlet np
  claims compare --speaker "Han" --min-outlets 3 --verbose
  claims compare --json > report.json              the documented JSON document
  claims compare --fail-on contradict               exit 1 when outlets contradict each other`;

export const SHOW_HELP = `
Examples:
  claims show --outlet cbc                         quotes, reported statements, dates, sources
  claims show --outlet "National Post" --kind quotes
  claims show --outlet ctv --json                  that article's statements as JSON`;

export const OUTLETS_HELP = `
Examples:
  claims outlets                                   the articles in the bundled seeds
  claims outlets stories/ --json`;

export const SCHEMA_HELP = `
Examples:
  claims schema > claims.schema.json                the JSON Schema of claims compare --json
  claims schema | jq '.properties | keys'`;
