// XML reading and writing shared by Moodle XML and QTI, both through fast-xml-parser (its builder escapes every text
// and attribute). A DOCTYPE is refused before parsing: no external entities, no billion-laughs expansion.
import "server-only";
import { XMLBuilder, XMLParser, XMLValidator } from "fast-xml-parser";
import { InteropFileError } from "./types";

const ATTR = "@_";

export function buildXml(root: Record<string, unknown>): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: ATTR,
    textNodeName: "#text",
    format: true,
    indentBy: "  ",
    suppressEmptyNode: true,
    processEntities: true,
    suppressBooleanAttributes: false,
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(root)}`;
}

/** Parses XML text; `arrays` names the elements that may repeat (always read as arrays). */
export function parseXml(text: string, arrays: readonly string[]): Record<string, unknown> {
  const src = text.replace(/^\uFEFF/, "");
  if (/<!DOCTYPE|<!ENTITY/i.test(src)) {
    throw new InteropFileError(
      "xml_doctype",
      "The file declares a DOCTYPE or entities, which Fahm does not read (they can hide an entity bomb).",
    );
  }
  const valid = XMLValidator.validate(src);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    throw new InteropFileError("xml_malformed", `The XML is broken at line ${line}, column ${col}: ${msg}`, {
      line,
      column: col,
      reason: msg,
    });
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: ATTR,
    textNodeName: "#text",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: false,
    isArray: (name) => arrays.includes(name),
  });
  return parser.parse(src) as Record<string, unknown>;
}

/** The text of an element read by parseXml: a string, or an object with "#text". */
export function textOf(node: unknown): string {
  if (node == null) return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "boolean") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (typeof node === "object") {
    const o = node as Record<string, unknown>;
    if ("#text" in o) return textOf(o["#text"]);
  }
  return "";
}

export function attrOf(node: unknown, name: string): string | undefined {
  if (node && typeof node === "object" && !Array.isArray(node)) {
    const v = (node as Record<string, unknown>)[ATTR + name];
    return v == null ? undefined : String(v);
  }
  return undefined;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
