// Derived identities are checked as Fides's `Identity` will check them: a bad one would fail the
// privacy request on Fides's side, so it is a TypeError here, naming the field, never the value.
import { describe, expect, test } from "vitest";
import { assertDerivedIdentity } from "../../src/webhooks/derived-identity.js";

describe("assertDerivedIdentity", () => {
  test("accepts Fides's identity fields and labelled custom identities, dropping undefined ones", () => {
    expect(
      assertDerivedIdentity(
        {
          email: "a.b@example.co.uk",
          phone_number: "+15551234567",
          fides_user_device_id: "4b2c8a52-1d7e-4e0b-9b1a-2f3c4d5e6f70",
          external_id: "crm-42",
          loyalty_id: { label: "Loyalty ID", value: 42 },
          ga_client_id: undefined,
        },
        "answer",
      ),
    ).toEqual({
      email: "a.b@example.co.uk",
      phone_number: "+15551234567",
      fides_user_device_id: "4b2c8a52-1d7e-4e0b-9b1a-2f3c4d5e6f70",
      external_id: "crm-42",
      loyalty_id: { label: "Loyalty ID", value: 42 },
    });
  });

  test.each([
    [{ email: "no-at-sign.example.com" }, '"x.email" must be an email address'],
    [{ email: "two@@example.com" }, '"x.email" must be an email address'],
    [{ email: "a@localhost" }, '"x.email" must be an email address'],
    [{ email: "a b@example.com" }, '"x.email" must be an email address'],
    [{ phone_number: "5551234567" }, '"x.phone_number" must be an E.164 phone number'],
    [{ phone_number: "+1555" }, '"x.phone_number" must be an E.164 phone number'],
    [{ fides_user_device_id: "not-a-uuid" }, '"x.fides_user_device_id" must be a version 4 UUID'],
    [{ external_id: 42 }, '"x.external_id" must be a string'],
    [{ loyalty_id: "42" }, '"x.loyalty_id" must be a custom identity'],
    [[], '"x" must be an object'],
  ])("refuses %j", (value, message) => {
    expect(() => assertDerivedIdentity(value, "x")).toThrow(TypeError);
    expect(() => assertDerivedIdentity(value, "x")).toThrow(message);
  });

  test("checks a long hostile address in linear time", () => {
    const started = performance.now();
    expect(() => assertDerivedIdentity({ email: `a@${".".repeat(200_000)} ` }, "x")).toThrow(TypeError);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
