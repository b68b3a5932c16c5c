import { describe, expect, it } from "vitest";

import {
  ACTION_BODY_LIMIT_BYTES,
  checkActionArguments,
  checkActionForm,
  checkActionHeaders,
} from "./action-requests";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

describe("checkActionHeaders", () => {
  it("lets a form through", () => {
    expect(
      checkActionHeaders({ contentType: "multipart/form-data; boundary=----x", contentLength: "512" }),
    ).toEqual({ ok: true });
  });

  it("refuses a body over the limit by its declared length (413), before reading it", () => {
    expect(
      checkActionHeaders({
        contentType: "multipart/form-data; boundary=x",
        contentLength: String(ACTION_BODY_LIMIT_BYTES + 1),
      }),
    ).toMatchObject({ ok: false, status: 413 });
  });

  it("lets through the arguments alone as text (an action that reads none of them, like sign out)", () => {
    expect(checkActionHeaders({ contentType: "text/plain;charset=UTF-8", contentLength: "2" })).toEqual({
      ok: true,
    });
    expect(checkActionArguments("[]")).toEqual({ ok: true });
    expect(checkActionArguments("[{")).toMatchObject({ ok: false, status: 400 });
    expect(checkActionArguments('["$Q1"]')).toMatchObject({ ok: false, status: 400 });
  });

  it.each([["application/json"], [null], ["multipart/form-data"], ["application/x-www-form-urlencoded"]])(
    "refuses %j: our actions take a form with a boundary, or text",
    (contentType) => {
      expect(checkActionHeaders({ contentType, contentLength: "10" })).toMatchObject({
        ok: false,
        status: 415,
      });
    },
  );
});

describe("checkActionForm", () => {
  it("accepts what our forms send: the previous state and a FormData reference", () => {
    const sent = form({
      "0": JSON.stringify([{ status: "error", message: "$$5 off", fieldErrors: {} }, "$K1"]),
      "1_email": "a@example.com",
    });
    expect(checkActionForm(sent, { fetchAction: true })).toEqual({ ok: true });
    expect(checkActionForm(form({ "0": '["$undefined","$K1"]' }), { fetchAction: true })).toEqual({
      ok: true,
    });
  });

  it.each([
    ["[{", "not valid JSON"],
    ['{"a":1}', "not a list"],
    ['["$Q1"]', "did not send"],
    ['["$@1",{}]', "did not send"],
    ['[{"x":["$W2"]}]', "did not send"],
    ['["$1"]', "did not send"],
    ['["$h1"]', "did not send"],
    ['["$B3"]', "did not send"],
  ])("refuses arguments %s (%s)", (args, reason) => {
    const check = checkActionForm(form({ "0": args }), { fetchAction: true });
    expect(check).toMatchObject({ ok: false, status: 400 });
    expect(check.ok ? "" : check.message).toContain(reason);
  });

  it("refuses a fetch action without arguments, and a form over the limit", () => {
    expect(checkActionForm(form({ email: "x" }), { fetchAction: true })).toMatchObject({
      ok: false,
      status: 400,
    });
    const big = form({ "0": "[]", password: "a".repeat(ACTION_BODY_LIMIT_BYTES) });
    expect(checkActionForm(big, { fetchAction: true })).toMatchObject({ ok: false, status: 413 });
  });

  it("leaves a form posted without JavaScript to Next.js once it is readable and small", () => {
    expect(checkActionForm(form({ $ACTION_ID_abc: "", email: "x" }), { fetchAction: false })).toEqual({
      ok: true,
    });
  });
});
