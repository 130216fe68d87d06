// ErrorAlert: the one error paragraph of every form and page (said at once by screen readers, linked to its field).
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ErrorAlert } from "@/components/ui/error-alert";

describe("ErrorAlert", () => {
  it("draws nothing while there is no message", () => {
    for (const none of [undefined, null, false, ""])
      expect(renderToStaticMarkup(<ErrorAlert id="f-error">{none}</ErrorAlert>)).toBe("");
  });

  it("says the message as an alert, with the id a field points to and an optional test id", () => {
    expect(renderToStaticMarkup(<ErrorAlert id="f-error">Too short</ErrorAlert>)).toBe(
      '<p id="f-error" class="alert alert-error" role="alert">Too short</p>',
    );
    expect(renderToStaticMarkup(<ErrorAlert testId="import-error">Bad file</ErrorAlert>)).toBe(
      '<p class="alert alert-error" role="alert" data-testid="import-error">Bad file</p>',
    );
  });
});
