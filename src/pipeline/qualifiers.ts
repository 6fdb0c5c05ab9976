/**
 * Qualifiers and verbs attached to a number. To add a qualifier, add it to PRE or POST
 * (longest first); to add a verb, add it to VERBS with its direction.
 */
import type { Direction } from "./types.ts";

/** Qualifiers written before the number (超过3000家, 力争达到64%). */
export const PRE_QUALIFIERS = [
  "力争", "超过", "不低于", "不高于", "不少于", "不多于", "不超过", "低于", "达到", "突破", "高达", "达", "超", "近", "约", "逾",
] as const;
/** Qualifiers written after the number and unit (95%左右, 35%以上). */
export const POST_QUALIFIERS = ["及以上", "及以下", "左右", "以上", "以内", "以下", "之内", "上下"] as const;
/** Qualifiers written between the number and the unit (150余家, 20多个). */
export const INNER_QUALIFIERS = ["余", "多"] as const;

/** Change verbs; a % after one of them is a growth rate. Longest first. */
export const VERBS: readonly { verb: string; direction: Direction }[] = [
  { verb: "增长", direction: "up" }, { verb: "增速", direction: "up" }, { verb: "增幅", direction: "up" },
  { verb: "涨幅", direction: "up" }, { verb: "提高", direction: "up" }, { verb: "提升", direction: "up" },
  { verb: "上升", direction: "up" }, { verb: "上涨", direction: "up" }, { verb: "增加", direction: "up" }, { verb: "回升", direction: "up" },
  { verb: "扩大", direction: "up" }, { verb: "新增", direction: "up" }, { verb: "净增", direction: "up" },
  { verb: "前移", direction: "up" }, { verb: "进位", direction: "up" }, { verb: "后移", direction: "down" }, { verb: "下降", direction: "down" },
  { verb: "降幅", direction: "down" }, { verb: "降低", direction: "down" }, { verb: "减少", direction: "down" },
  { verb: "回落", direction: "down" }, { verb: "下滑", direction: "down" }, { verb: "下跌", direction: "down" }, { verb: "缩小", direction: "down" },
  { verb: "减亏", direction: "down" }, { verb: "增", direction: "up" }, { verb: "降", direction: "down" },
];

/** A qualifier that is really the tail of another word when preceded by these characters (下达, 节约, 赶超, 最近). */
const FALSE_FRIENDS: Record<string, string> = {
  达: "下发通送到表抵传直高",
  约: "节制签预合公契条邀",
  超: "赶",
  近: "最附接临就将",
};

export interface Lead {
  /** Offset where the attached verb/qualifiers start (== number start when none). */
  start: number;
  verb: string;
  direction: Direction;
  /** True for 提高到 / 降至: the number is the level reached, not the change. */
  toLevel: boolean;
  qualifiers: string[];
}

const alternation = (xs: readonly string[]): string => xs.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
const LEAD = new RegExp(
  `(${alternation(VERBS.map((v) => v.verb))})?([到至])?((?:${alternation(PRE_QUALIFIERS)})*)$`,
);
const QUALIFIER_SPLIT = new RegExp(alternation(PRE_QUALIFIERS), "g");

/** Verb and qualifiers written directly before `pos` (at most 12 characters back). */
export function leadBefore(text: string, pos: number): Lead {
  const from = Math.max(0, pos - 12);
  const window = text.slice(from, pos);
  const m = LEAD.exec(window);
  const none: Lead = { start: pos, verb: "", direction: "", toLevel: false, qualifiers: [] };
  if (!m || m[0] === "") return none;
  let start = from + m.index;
  const verb = m[1] ?? "";
  const to = m[2] ?? "";
  let quals: string[] = [...((m[3] ?? "").match(QUALIFIER_SPLIT) ?? [])];
  if (!verb && to) {
    // A bare 到/至 is not attached to a verb: drop it and anything before it.
    start += 1;
  }
  // Drop a leading one-character qualifier that is the tail of another word (下达, 节约).
  const first = quals[0];
  if (!verb && !to && first && first.length === 1 && (FALSE_FRIENDS[first] ?? "").includes(text.charAt(start - 1))) {
    quals = quals.slice(1);
    start += 1;
  }
  const direction = VERBS.find((v) => v.verb === verb)?.direction ?? "";
  if (!verb && quals.length === 0) return none;
  return { start, verb, direction, toLevel: to !== "", qualifiers: quals };
}

/** Qualifier written right after the unit, if any. */
export function postQualifier(text: string, pos: number): string {
  return POST_QUALIFIERS.find((q) => text.startsWith(q, pos)) ?? "";
}
