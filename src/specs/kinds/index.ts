/** Every chart type a story file may name, by the name it uses (`type: level-bars`). */
import type { SpecKind } from "../kind";
import { commitmentGrid } from "./commitment-grid";
import { countDots } from "./count-dots";
import { dumbbell } from "./dumbbell";
import { growthBars } from "./growth-bars";
import { levelBars } from "./level-bars";
import { projectLedger } from "./project-ledger";
import { range } from "./range";
import { targetsBoard } from "./targets-board";
import { wordFrequency } from "./word-frequency";

export const SPEC_KINDS = {
  "commitment-grid": commitmentGrid,
  "count-dots": countDots,
  dumbbell,
  "growth-bars": growthBars,
  "level-bars": levelBars,
  "project-ledger": projectLedger,
  range,
  "targets-board": targetsBoard,
  "word-frequency": wordFrequency,
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind checks its own query and rows
} as const satisfies Record<string, SpecKind<any, any>>;

export type SpecType = keyof typeof SPEC_KINDS;
export const SPEC_TYPES = Object.keys(SPEC_KINDS) as SpecType[];
