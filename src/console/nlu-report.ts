import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { confusionMatrixSvg } from './charts.js';

/** The parts of `npm run nlu -- eval`'s reports/nlu-eval.json the console shows. */
const evalReport = z.object({
  folds: z.number(),
  examples: z.number(),
  accuracy: z.number(),
  macroF1: z.number(),
  ece: z.number(),
  labels: z.array(z.string()),
  confusion: z.array(z.array(z.number())),
  perLabel: z.array(z.object({ label: z.string(), precision: z.number(), recall: z.number(), f1: z.number(), support: z.number() })),
});
const urgentScore = z.object({ recall: z.number(), falseUrgent: z.number() });
const reportFile = z.object({
  content: z.string(),
  examples: z.number(),
  intent: z.object({ heldOut: evalReport, kfold: evalReport }),
  scamType: evalReport,
  deeds: z.object({ crossValidation: z.object({ urgent: urgentScore }), heldOut: z.object({ urgent: urgentScore }).optional() }).nullish().catch(null),
  flags: z.object({ micro: z.object({ precision: z.number(), recall: z.number() }) }).nullish().catch(null),
});

type Eval = z.infer<typeof evalReport>;
const summary = (r: Eval) => ({ folds: r.folds, examples: r.examples, accuracy: r.accuracy, macroF1: r.macroF1, ece: r.ece, weakest: [...r.perLabel].sort((a, b) => a.f1 - b.f1).slice(0, 3) });

export type NluReportView =
  | { status: 'missing'; command: string }
  | { status: 'invalid'; problem: string; command: string }
  | {
      status: 'ok';
      /** The content the report was made from; not the live one: the report is out of date. */
      content: string;
      stale: boolean;
      writtenAt: string;
      command: string;
      intents: ReturnType<typeof summary> & { picture: string };
      scamTypes: ReturnType<typeof summary> & { picture: string };
      deeds: { recall: number; falseUrgent: number; heldOut?: { recall: number; falseUrgent: number } } | null;
      flags: { precision: number; recall: number } | null;
    };

const COMMAND = 'npm run nlu -- eval';

/** The latest NLU evaluation on disk, with its confusion matrices drawn. */
export async function readNluReport(path: string, liveContent: string): Promise<NluReportView> {
  let raw: string;
  let writtenAt: Date;
  try {
    [raw, writtenAt] = await Promise.all([readFile(path, 'utf8'), stat(path).then((s) => s.mtime)]);
  } catch {
    return { status: 'missing', command: COMMAND };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { status: 'invalid', problem: `${path} is not JSON`, command: COMMAND };
  }
  const parsed = reportFile.safeParse(json);
  if (!parsed.success) return { status: 'invalid', problem: `${path}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`, command: COMMAND };
  const r = parsed.data;
  const kfold = r.intent.kfold;
  const urgent = r.deeds?.crossValidation.urgent;
  return {
    status: 'ok',
    content: r.content,
    stale: r.content !== liveContent,
    writtenAt: writtenAt.toISOString(),
    command: COMMAND,
    intents: { ...summary(kfold), picture: confusionMatrixSvg(`Intents, ${kfold.folds}-fold cross-validation`, kfold.labels, kfold.confusion) },
    scamTypes: { ...summary(r.scamType), picture: confusionMatrixSvg(`Scam types, ${r.scamType.folds}-fold cross-validation`, r.scamType.labels, r.scamType.confusion) },
    deeds: urgent ? { ...urgent, ...(r.deeds?.heldOut ? { heldOut: r.deeds.heldOut.urgent } : {}) } : null,
    flags: r.flags ? r.flags.micro : null,
  };
}
