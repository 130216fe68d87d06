// The generator as a worker-thread task (piscina calls the default export): lib/generator/run-generator.ts runs it off
// the request thread. Bundled on its own by scripts/build-generator-worker.mjs, so it imports the generator only.
import { generateQuestions, type GenerateOptions, type GenerateResult } from "./index";

export interface GeneratorTask {
  text: string;
  options?: GenerateOptions;
}

export default function generate({ text, options }: GeneratorTask): GenerateResult {
  return generateQuestions(text, options);
}
