// BusyButton: the submit buttons of the forms (a spinner and the busy label while the action runs).
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BusyButton } from "@/components/ui/busy-button";

describe("BusyButton", () => {
  it("is an enabled submit button with its label while idle", () => {
    expect(renderToStaticMarkup(<BusyButton isBusy={false} label="Save" busyLabel="Saving…" />)).toBe(
      '<button type="submit" class="button">Save</button>',
    );
  });

  it("is disabled, with a hidden spinner and the busy label, while busy", () => {
    expect(renderToStaticMarkup(<BusyButton isBusy label="Save" busyLabel="Saving…" />)).toBe(
      '<button type="submit" class="button" disabled=""><span class="spinner" aria-hidden="true"></span>Saving…</button>',
    );
    // no busy label: the label stays
    expect(renderToStaticMarkup(<BusyButton isBusy label="Preview" />)).toContain("</span>Preview</button>");
  });

  it("keeps its own type, class, disabled rule and other attributes", () => {
    const html = renderToStaticMarkup(
      <BusyButton
        isBusy={false}
        label="Save order"
        type="button"
        className="button button-secondary"
        disabled
        aria-busy={false}
      />,
    );
    expect(html).toBe(
      '<button type="button" class="button button-secondary" disabled="" aria-busy="false">Save order</button>',
    );
  });
});
