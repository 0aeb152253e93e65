import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { domainJsonSchemaText } from "../src/json-schema";

const target = fileURLToPath(new URL("../generated/domain.schema.json", import.meta.url));
writeFileSync(target, domainJsonSchemaText());
console.log(`wrote ${target}`);
