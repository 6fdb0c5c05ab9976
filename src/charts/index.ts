/** Public surface of the chart library: one chart per module, plus the shared toolkit. */
export type { ChartResult, ChartState, DataTable } from "./types";
export type { ChartOptions } from "./shared/options";
export type { StatedValue } from "./shared/values";
export { formatStated, isStated } from "./shared/values";
export { NOT_STATED, axisUnit, formatNumber, formatRange, formatTickZh, formatValue, withQualifier } from "./shared/format";
export { AREA_SLUGS, areaClass, isAreaSlug, type AreaSlug, type Theme } from "./shared/palette";
export { standaloneSvg } from "./shared/standalone";
export { dumbbellChart, type DumbbellRow, type DumbbellOptions } from "./dumbbell";
export { growthBarsChart, type GrowthRow, type GrowthBarsOptions } from "./growth-bars";
export { wordFrequencyChart, type WordFrequencyRow, type WordFrequencyOptions } from "./word-frequency";
export { attentionChart, type AttentionRow } from "./attention";
export { targetsBoardChart, type TargetCardRow, type TargetsBoardOptions } from "./targets-board";
export { milestoneTimelineChart, type MilestoneRow, type MilestoneOptions } from "./milestone-timeline";
export { rangeChart, boundOf, type RangeRow, type Bound } from "./range";
export { comparisonChart, NOT_COMPARABLE, type ComparisonRow, type ComparisonOptions } from "./comparison";
export { levelBarsChart, computedShare, COMPUTED, type LevelRow } from "./level-bars";
export { slopeChart, dodge, type SlopeRow, type SlopeOptions } from "./slope";
export { commitmentGridChart, type CommitmentRow } from "./commitment-grid";
