// IMS QTI 2.1 content package (a zip: imsmanifest.xml listing every item, one assessmentItem per question, and an
// assessmentTest), the format Canvas, Blackboard and Brightspace import. Multiple choice and true/false are
// choiceInteraction, short answers textEntryInteraction, matching matchInteraction, timelines orderInteraction (QTI has
// ordering, so no fallback here). The evidence is the item's modalFeedback, always shown after answering.
import "server-only";
import { strFromU8, strToU8, zipSync } from "fflate";
import { attrOf, buildXml, parseXml, textOf } from "./xml";
import { readZip } from "./zip";
import {
  asList,
  asText,
  InteropFileError,
  multichoiceType,
  readTypeMarker,
  typeMarker,
  type ExportSource,
  type InteropQuestion,
  type ParsedFile,
} from "./types";

const QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const QTI_XSD = `${QTI_NS} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd`;
export const ITEM_RESOURCE_TYPE = "imsqti_item_xmlv2p1";
const TEST_RESOURCE_TYPE = "imsqti_test_xmlv2p1";

const value = (v: string) => ({ value: v });

/** Score 1 when the response matches, and always show the evidence feedback. */
const RESPONSE_PROCESSING = {
  responseCondition: {
    responseIf: {
      match: { variable: { "@_identifier": "RESPONSE" }, correct: { "@_identifier": "RESPONSE" } },
      setOutcomeValue: { "@_identifier": "SCORE", baseValue: { "@_baseType": "float", "#text": "1" } },
    },
    responseElse: { setOutcomeValue: { "@_identifier": "SCORE", baseValue: { "@_baseType": "float", "#text": "0" } } },
  },
  setOutcomeValue: { "@_identifier": "FEEDBACK", baseValue: { "@_baseType": "identifier", "#text": "EVIDENCE" } },
};

function interaction(q: InteropQuestion): { declaration: Record<string, unknown>; body: Record<string, unknown> } {
  const prompt = { prompt: q.prompt };
  switch (q.type) {
    case "short_answer":
      return {
        declaration: { "@_cardinality": "single", "@_baseType": "string", correctResponse: value(asText(q.answer)) },
        body: {
          p: [q.prompt, { textEntryInteraction: { "@_responseIdentifier": "RESPONSE", "@_expectedLength": "30" } }],
        },
      };
    case "matching": {
      const left = q.left ?? [];
      const right = asList(q.answer);
      const shown = q.choices.length === right.length ? q.choices : right;
      return {
        declaration: {
          "@_cardinality": "multiple",
          "@_baseType": "directedPair",
          correctResponse: { value: left.map((_, i) => `L${i + 1} R${shown.indexOf(right[i]!) + 1}`) },
        },
        body: {
          matchInteraction: {
            "@_responseIdentifier": "RESPONSE",
            "@_shuffle": "true",
            "@_maxAssociations": String(left.length),
            ...prompt,
            simpleMatchSet: [
              {
                simpleAssociableChoice: left.map((l, i) => ({
                  "@_identifier": `L${i + 1}`,
                  "@_matchMax": "1",
                  "#text": l,
                })),
              },
              {
                simpleAssociableChoice: shown.map((r, i) => ({
                  "@_identifier": `R${i + 1}`,
                  "@_matchMax": "1",
                  "#text": r,
                })),
              },
            ],
          },
        },
      };
    }
    case "timeline": {
      const order = asList(q.answer);
      return {
        declaration: {
          "@_cardinality": "ordered",
          "@_baseType": "identifier",
          correctResponse: { value: order.map((e) => `C${q.choices.indexOf(e) + 1}`) },
        },
        body: {
          orderInteraction: {
            "@_responseIdentifier": "RESPONSE",
            "@_shuffle": "true",
            ...prompt,
            simpleChoice: q.choices.map((c, i) => ({ "@_identifier": `C${i + 1}`, "#text": c })),
          },
        },
      };
    }
    default: {
      const choices = q.type === "true_false" ? ["true", "false"] : q.choices;
      const key = asText(q.answer);
      const id = (c: string, i: number) => (q.type === "true_false" ? c : `C${i + 1}`);
      return {
        declaration: {
          "@_cardinality": "single",
          "@_baseType": "identifier",
          correctResponse: value(id(key, choices.indexOf(key))),
        },
        body: {
          choiceInteraction: {
            "@_responseIdentifier": "RESPONSE",
            "@_shuffle": q.type === "true_false" ? "false" : "true",
            "@_maxChoices": "1",
            ...prompt,
            simpleChoice: choices.map((c, i) => ({
              "@_identifier": id(c, i),
              "#text": q.type === "true_false" ? (c === "true" ? "True" : "False") : c,
            })),
          },
        },
      };
    }
  }
}

function itemXml(q: InteropQuestion, n: number, language: string): string {
  const { declaration, body } = interaction(q);
  return buildXml({
    assessmentItem: {
      "@_xmlns": QTI_NS,
      "@_xmlns:xsi": XSI,
      "@_xsi:schemaLocation": QTI_XSD,
      "@_identifier": `item-${n}`,
      "@_title": typeMarker(n, q.type),
      "@_adaptive": "false",
      "@_timeDependent": "false",
      "@_xml:lang": language,
      responseDeclaration: { "@_identifier": "RESPONSE", ...declaration },
      outcomeDeclaration: [
        { "@_identifier": "SCORE", "@_cardinality": "single", "@_baseType": "float", defaultValue: value("0") },
        { "@_identifier": "FEEDBACK", "@_cardinality": "single", "@_baseType": "identifier" },
      ],
      itemBody: body,
      responseProcessing: RESPONSE_PROCESSING,
      ...(q.evidenceText
        ? {
            modalFeedback: {
              "@_outcomeIdentifier": "FEEDBACK",
              "@_identifier": "EVIDENCE",
              "@_showHide": "show",
              "@_title": "Evidence",
              "#text": q.evidenceText,
            },
          }
        : {}),
    },
  });
}

export function exportQti(src: ExportSource): Uint8Array {
  const items = src.questions.map((q, i) => ({
    id: `item-${i + 1}`,
    href: `items/item-${i + 1}.xml`,
    xml: itemXml(q, i + 1, src.language),
  }));
  const test = buildXml({
    assessmentTest: {
      "@_xmlns": QTI_NS,
      "@_xmlns:xsi": XSI,
      "@_xsi:schemaLocation": `${QTI_NS} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd`,
      "@_identifier": "fahm-test",
      "@_title": src.title,
      testPart: {
        "@_identifier": "part-1",
        "@_navigationMode": "nonlinear",
        "@_submissionMode": "individual",
        assessmentSection: {
          "@_identifier": "section-1",
          "@_title": src.title,
          "@_visible": "true",
          assessmentItemRef: items.map((it) => ({ "@_identifier": it.id, "@_href": it.href })),
        },
      },
    },
  });
  const manifest = buildXml({
    manifest: {
      "@_xmlns": "http://www.imsglobal.org/xsd/imscp_v1p1",
      "@_xmlns:imsqti": "http://www.imsglobal.org/xsd/imsqti_metadata_v2p1",
      "@_identifier": "fahm-package",
      metadata: { schema: "QTIv2.1 Package", schemaversion: "1.0.0" },
      organizations: "",
      resources: {
        resource: [
          {
            "@_identifier": "fahm-test",
            "@_type": TEST_RESOURCE_TYPE,
            "@_href": "test.xml",
            file: { "@_href": "test.xml" },
            dependency: items.map((it) => ({ "@_identifierref": it.id })),
          },
          ...items.map((it) => ({
            "@_identifier": it.id,
            "@_type": ITEM_RESOURCE_TYPE,
            "@_href": it.href,
            file: { "@_href": it.href },
          })),
        ],
      },
    },
  });
  const files: Record<string, Uint8Array> = { "imsmanifest.xml": strToU8(manifest), "test.xml": strToU8(test) };
  for (const it of items) files[it.href] = strToU8(it.xml);
  return zipSync(files, { level: 6 });
}

type Node = Record<string, unknown>;
const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v ? [v as Node] : []);

/** Reads the packages this module writes (and ones shaped like them): the manifest's item resources, in order. */
export function importQti(bytes: Uint8Array): ParsedFile {
  const files = readZip(bytes, (name) => name.endsWith(".xml"));
  const manifestFile = files["imsmanifest.xml"];
  if (!manifestFile)
    throw new InteropFileError("not_qti", "The zip has no imsmanifest.xml: it is not a QTI content package.");
  const manifest = parseXml(strFromU8(manifestFile), ["resource", "file", "dependency"]);
  const resources = list(((manifest.manifest as Node | undefined)?.resources as Node | undefined)?.resource);
  const out: ParsedFile = { questions: [], skipped: [] };
  let n = 0;
  for (const res of resources) {
    if (!(attrOf(res, "type") ?? "").startsWith("imsqti_item_xmlv2p")) continue;
    n++;
    const href = attrOf(res, "href") ?? "";
    const file = files[href];
    if (!file) {
      out.skipped.push({ n, prompt: href, code: "invalid" });
      continue;
    }
    const doc = parseXml(strFromU8(file), [
      "simpleChoice",
      "simpleAssociableChoice",
      "simpleMatchSet",
      "value",
      "outcomeDeclaration",
      "p",
    ]);
    const item = (doc.assessmentItem ?? {}) as Node;
    const marker = readTypeMarker(attrOf(item, "title"));
    const body = (item.itemBody ?? {}) as Node;
    const correct = list(
      ((item.responseDeclaration as Node | undefined)?.correctResponse as Node | undefined)?.value,
    ).map(textOf);
    const evidenceText = textOf(item.modalFeedback).trim();
    const base = { n, ...(evidenceText ? { evidenceText } : {}) };
    const choiceOf = (c: Node) => ({ id: attrOf(c, "identifier") ?? "", text: textOf(c).trim() });
    if (body.choiceInteraction) {
      const ci = body.choiceInteraction as Node;
      const prompt = textOf(ci.prompt).trim();
      const choices = list(ci.simpleChoice).map(choiceOf);
      const key = choices.find((c) => c.id === correct[0]);
      if (!key) out.skipped.push({ n, prompt, code: "no_correct_answer" });
      else if (correct.length > 1) out.skipped.push({ n, prompt, code: "several_correct_answers" });
      else if (
        marker === "true_false" ||
        (choices.length === 2 && choices.every((c) => c.id === "true" || c.id === "false"))
      )
        out.questions.push({
          ...base,
          prompt,
          type: "true_false",
          choices: ["true", "false"],
          answer: key.id === "true" ? "true" : "false",
        });
      else
        out.questions.push({
          ...base,
          prompt,
          type: multichoiceType(marker),
          choices: choices.map((c) => c.text),
          answer: key.text,
        });
    } else if (body.orderInteraction) {
      const oi = body.orderInteraction as Node;
      const prompt = textOf(oi.prompt).trim();
      const choices = list(oi.simpleChoice).map(choiceOf);
      const answer = correct.map((id) => choices.find((c) => c.id === id)?.text ?? "");
      out.questions.push({ ...base, prompt, type: "timeline", choices: choices.map((c) => c.text), answer });
    } else if (body.matchInteraction) {
      const mi = body.matchInteraction as Node;
      const prompt = textOf(mi.prompt).trim();
      const [leftSet, rightSet] = list(mi.simpleMatchSet).map((s) => list(s.simpleAssociableChoice).map(choiceOf));
      const pairs = new Map(correct.map((v) => v.split(/\s+/) as [string, string]));
      const left = (leftSet ?? []).map((c) => c.text);
      const answer = (leftSet ?? []).map((l) => rightSet?.find((r) => r.id === pairs.get(l.id))?.text ?? "");
      out.questions.push({
        ...base,
        prompt,
        type: "matching",
        left,
        choices: (rightSet ?? []).map((c) => c.text),
        answer,
      });
    } else {
      const paragraphs = list(body.p);
      const prompt = textOf(paragraphs[0]).trim();
      if (paragraphs.some((p) => p.textEntryInteraction !== undefined) && correct[0]) {
        out.questions.push({ ...base, prompt, type: "short_answer", choices: [], answer: correct[0] });
      } else out.skipped.push({ n, prompt, code: "unsupported_type", detail: { type: "qti" } });
    }
  }
  return out;
}
