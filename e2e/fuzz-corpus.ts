// Hostile input, kept in the repository so every run sends the same (issue 12): what an attack run
// against main found to cause 500s, and the families it belongs to. e2e/hostile-input.spec.ts sends
// it to every route, every server action and the pages that read their URL.

/** Strings for any text field or query parameter. */
export const HOSTILE_STRINGS: readonly string[] = [
  "\u0000",
  "a\u0000b",
  "\u001b[31mred\u001b[0m",
  "\u0007\u0008",
  "line\r\nbreak",
  "Ada\u202eecalevoL",
  "\u2066isolate\u2069",
  "\ud800",
  "\udfff lone",
  "%",
  "%ff",
  "%zz",
  "%00",
  "%2e%2e%2f",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  '\'; DROP TABLE "User"; --',
  "${7*7}",
  "{{7*7}}",
  "$Q1",
  "$@1",
  "\\",
  "//evil.example",
  "/.//evil.example",
  "javascript:alert(1)",
  "Mars/Olympus_Mons",
  "",
  " ",
  "null",
  "-1",
  "1e309",
  "NaN",
  "🎉".repeat(300),
  "x".repeat(5_000),
];

/** Non-string JSON values for fields that expect a string, number or boolean. */
export const HOSTILE_VALUES: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  2 ** 53 + 1,
  1e308,
  [],
  {},
  [[[[[]]]]],
  { __proto__: { polluted: true } },
  "x".repeat(100_000),
];

/** Raw request bodies for JSON routes: broken JSON, the wrong shape, and too much of it. */
export const HOSTILE_BODIES: readonly (string | Buffer)[] = [
  "",
  "{",
  "[{",
  "\u0000",
  '{"a":',
  "[]",
  "null",
  '"text"',
  '{"questionSlug":"\\u0000","grade":"GOOD","idempotencyKey":"\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000"}',
  Buffer.from([0xff, 0xfe, 0x00, 0x7b]),
  `{"body":"${"x".repeat(70_000)}"}`,
];

/** Path segments, sent as they are (bad escapes included) where an id or a slug goes. */
export const HOSTILE_SEGMENTS: readonly string[] = [
  "%ff",
  "%",
  "%zz",
  "%00",
  "%2e%2e",
  "..",
  encodeURIComponent("\u0000"),
  encodeURIComponent("a\u0000b"),
  encodeURIComponent("<script>"),
  encodeURIComponent("x".repeat(3_000)),
  "does-not-exist",
];

/** Bodies for server actions, beside a well-formed form with hostile field values. */
export const HOSTILE_ACTION_BODIES: readonly { contentType: string; body: string | Buffer }[] = [
  { contentType: "text/plain;charset=UTF-8", body: "[{" },
  { contentType: "text/plain;charset=UTF-8", body: '["$Q1"]' },
  { contentType: "text/plain;charset=UTF-8", body: '["$@1",{}]' },
  { contentType: "application/json", body: "{}" },
  {
    contentType: "multipart/form-data; boundary=abc",
    body: '--xyz\r\nContent-Disposition: form-data; name="_1_email"\r\n\r\na\r\n--xyz--\r\n',
  },
  {
    contentType: "multipart/form-data; boundary=b",
    body: '--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{\r\n--b--\r\n',
  },
  {
    contentType: "multipart/form-data; boundary=b",
    body: '--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$Q1"]\r\n--b--\r\n',
  },
  {
    contentType: "multipart/form-data; boundary=b",
    body: '--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$@1",{}]\r\n--b--\r\n',
  },
  {
    contentType: "multipart/form-data; boundary=b",
    body: `--b\r\nContent-Disposition: form-data; name="_1_password"\r\n\r\n${"a".repeat(5_000_000)}\r\n--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{},"$K1"]\r\n--b--\r\n`,
  },
];
