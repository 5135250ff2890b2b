/**
 * The README that goes with the Neo4j files.
 */
import { ARRAY_DELIMITER } from './admin-import.js';
import { BATCH_SIZE } from './cypher.js';

/** How to load the exported files into Neo4j, both ways. */
export const NEO4J_README = `# Loading this graph into Neo4j

Every node has the label \`Entity\` plus the label of its type (\`Organization\`, \`Official\`,
\`Person\`, \`Work\`, \`Agreement\`, \`Document\`, \`Event\`); relationship types are the relation
types in upper snake case (\`HOLDS_POSITION\`, \`MET_WITH\`, \`SIGNED\`, ...). \`evidence\` is a JSON
string (a list of \`{sentence, start, end, document, date}\`). \`confidence\` (0–1, on nodes and
relationships) is how sure the extractor is of the fact, over every document stating it. Values are written exactly as they
are, without the spreadsheet formula neutralisation of the CSV export: open \`../nodes.csv\` and
\`../edges.csv\` in a spreadsheet, not these files.

## 1. Offline bulk import (empty database): neo4j-admin

\`nodes.csv\` and \`relationships.csv\` use the array delimiter \`${ARRAY_DELIMITER}\` (the default;
a \`${ARRAY_DELIMITER}\` inside a value was replaced by the full-width \`；\`). Evidence sentences may
contain line breaks, hence \`--multiline-fields\`:

    neo4j-admin database import full --array-delimiter="${ARRAY_DELIMITER}" --multiline-fields=true \\
      --nodes=nodes.csv --relationships=relationships.csv neo4j

## 2. Into a running database: Cypher with parameters

\`schema.cypher\` creates the uniqueness constraint on \`Entity.id\`:

    cypher-shell -u neo4j -p PASSWORD -f schema.cypher

\`import.cypher\` lists the statements (MERGE, so re-running is safe). They read their data only
from the \`$rows\` parameter; \`import.json\` holds the statements with their rows, at most
${BATCH_SIZE} rows each, as the body of one HTTP transaction:

    curl -u neo4j:PASSWORD -H 'Content-Type: application/json' \\
      --data-binary @import.json http://localhost:7474/db/neo4j/tx/commit

With a driver, run each \`{ statement, parameters }\` of \`import.json\` in order.
`;
