// The npm package under Node: same output as `annotate --jsonl`, clear errors.
import test from 'node:test';
import assert from 'node:assert/strict';
import { annotate, init, version } from '../index.js';
import { INVENTED, cliLines, documentSet } from './sets.mjs';

for (const name of ['news-dev', 'conll-test']) {
  test(`npm_same_as_cli_${name}`, (t) => {
    const pairs = documentSet(name);
    if (!pairs) return t.skip('../shared/data is not beside the repository');
    const want = cliLines(pairs);
    if (!want) return t.skip('build target/release/annotate first');
    assert.equal(want.length, pairs.length);
    // Equal values (JSON.stringify writes the CLI's 24.0 as 24: JavaScript has one number type).
    pairs.forEach(([id, text], i) => {
      assert.deepStrictEqual(annotate(text, { id }), JSON.parse(want[i]), `document ${id}`);
    });
  });
}

test('npm_invented_same_as_cli', (t) => {
  const pairs = INVENTED.map((text, i) => [i, text]);
  const want = cliLines(pairs);
  if (!want) return t.skip('build target/release/annotate first');
  assert.deepStrictEqual(pairs.map(([id, text]) => annotate(text, { id })), want.map((l) => JSON.parse(l)));
});

test('npm_schema_and_code_point_offsets', async () => {
  await init();
  const text = INVENTED[1] + ' ' + INVENTED[0];
  const result = annotate(text);
  assert.equal(result.id, null);
  for (const key of ['entities', 'holds', 'groups']) assert.ok(Array.isArray(result[key]), key);
  const points = Array.from(text);
  assert.ok(result.entities.length > 0);
  for (const m of result.entities) {
    assert.equal(points.slice(m.start, m.end).join(''), m.text);
  }
  assert.match(version(), /^\d+\.\d+\.\d+/);
});

test('npm_bad_input_throws_type_error', () => {
  for (const [value, words] of [
    [5, 'not number'],
    [null, 'not null'],
    [undefined, 'not undefined'],
    [['a'], 'not array'],
    [{ text: 'a' }, 'not object'],
  ]) {
    assert.throws(() => annotate(value), (e) => e instanceof TypeError && e.message.includes(words));
  }
});
