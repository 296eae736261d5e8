// `npm run schema:emit`: writes the schema the code builds to src/schema/schema.graphql (committed; a test
// fails when the two differ, and the contract check reads the file).
import 'reflect-metadata';
import fs from 'node:fs';
import { buildSchema, printContractSchema, SCHEMA_FILE } from './build-schema';

buildSchema()
  .then((schema) => {
    fs.writeFileSync(SCHEMA_FILE, printContractSchema(schema));
    console.log(`Wrote ${SCHEMA_FILE}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
