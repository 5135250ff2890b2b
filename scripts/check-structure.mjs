#!/usr/bin/env node
/**
 * Structure checks that dependency-cruiser cannot make (`npm run lint:structure`):
 * - no function in src/ longer than 80 lines (a long function is a set of rules waiting to be named);
 * - no regex literal in src/ holding 12 or more Han characters (word lists live in dictionaries/).
 * Prints every offender and exits 1 when there is one.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const MAX_FUNCTION_LINES = 80;
const MAX_HAN_IN_REGEX = 12;
const root = join(import.meta.dirname, '..');
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.ts') && !name.endsWith('.generated.ts')) files.push(path);
  }
})(join(root, 'src'));

const problems = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const where = (node) => `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > MAX_FUNCTION_LINES) problems.push(`${where(node)}: function ${node.name?.getText() ?? '(anonymous)'} has ${lines} lines (at most ${MAX_FUNCTION_LINES})`);
    }
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const han = (node.getText().match(/\p{Script=Han}/gu) ?? []).length;
      if (han >= MAX_HAN_IN_REGEX) problems.push(`${where(node)}: regex literal with ${han} Han characters (a word list: move it to dictionaries/)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
for (const p of problems) console.log(p);
console.log(`check-structure: ${files.length} files, ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
process.exit(problems.length ? 1 : 0);
