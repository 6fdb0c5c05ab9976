/** Every chart type a story file may name, by the name it uses (`type: level-bars`). */
import type { SpecKind } from "../kind";
import { attention } from "./attention";
import { commitmentGrid } from "./commitment-grid";
import { countDots } from "./count-dots";
import { countUnits } from "./count-units";
import { dumbbell } from "./dumbbell";
import { figureCounts } from "./figure-counts";
import { growthBars } from "./growth-bars";
import { levelBars } from "./level-bars";
import { levelChange } from "./level-change";
import { milestoneTimeline } from "./milestone-timeline";
import { monthRows } from "./month-rows";
import { nationalComparison } from "./national-comparison";
import { numeralMeasures } from "./numeral-measures";
import { paragraphLengths } from "./paragraph-lengths";
import { projectLedger } from "./project-ledger";
import { range } from "./range";
import { slope } from "./slope";
import { standardBars } from "./standard-bars";
import { targetsBoard } from "./targets-board";
import { wordFrequency } from "./word-frequency";

export const SPEC_KINDS = {
  attention,
  "commitment-grid": commitmentGrid,
  "count-dots": countDots,
  "count-units": countUnits,
  dumbbell,
  "figure-counts": figureCounts,
  "growth-bars": growthBars,
  "level-bars": levelBars,
  "level-change": levelChange,
  "milestone-timeline": milestoneTimeline,
  "month-rows": monthRows,
  "national-comparison": nationalComparison,
  "numeral-measures": numeralMeasures,
  "paragraph-lengths": paragraphLengths,
  "project-ledger": projectLedger,
  range,
  slope,
  "standard-bars": standardBars,
  "targets-board": targetsBoard,
  "word-frequency": wordFrequency,
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind checks its own query and rows
} as const satisfies Record<string, SpecKind<any, any>>;

export type SpecType = keyof typeof SPEC_KINDS;
export const SPEC_TYPES = Object.keys(SPEC_KINDS) as SpecType[];
