/** The Python reprs and decoders the emulator copies from the server's runtime. */
import { describe, expect, it } from "vitest";
import { parseBasic, pythonB64Decode } from "../../src/testing/auth/basic.js";
import { pythonListRepr, pythonSorted } from "../../src/testing/wire/python-repr.js";

describe("pythonListRepr", () => {
  it("prints single-quoted items joined by comma-space", () => {
    expect(pythonListRepr(["client:read", "scope:read"])).toBe("['client:read', 'scope:read']");
    expect(pythonListRepr([])).toBe("[]");
  });
  it("switches quotes and escapes as Python does", () => {
    expect(pythonListRepr(["it's"])).toBe(`["it's"]`);
    expect(pythonListRepr([`a'b"c`])).toBe(`['a\\'b"c']`);
    expect(pythonListRepr(["a\\b\n\u0001"])).toBe("['a\\\\b\\n\\x01']");
  });
});

describe("pythonSorted", () => {
  it("sorts by code point", () => {
    expect(pythonSorted(["b", "a", "B", "\u{1F600}", "\uFFFF"])).toEqual([
      "B",
      "a",
      "b",
      "\uFFFF",
      "\u{1F600}",
    ]);
  });
});

describe("Basic header parsing", () => {
  it("decodes like Python's lenient b64decode", () => {
    expect(new TextDecoder().decode(pythonB64Decode("Zm9v!!Ym Fy"))).toBe("foobar");
    expect(new TextDecoder().decode(pythonB64Decode("YWI=trailing"))).toBe("ab");
    expect(pythonB64Decode("YWI")).toBeUndefined();
  });
  it("tells none, malformed and ok apart", () => {
    expect(parseBasic(null)).toEqual({ kind: "none" });
    expect(parseBasic("Bearer abc")).toEqual({ kind: "none" });
    expect(parseBasic("Basic")).toEqual({ kind: "none" });
    expect(parseBasic("Basic bm9jb2xvbg==")).toEqual({ kind: "malformed" });
    expect(parseBasic(`basic ${btoa("\u00e9:x")}`)).toEqual({ kind: "malformed" });
    expect(parseBasic(`BASIC ${btoa("id:pa:ss")}`)).toEqual({
      kind: "ok",
      username: "id",
      password: "pa:ss",
    });
  });
});
