/** Site navigation, in reading order. Paths are relative to the site base (see url.ts). */
export const NAV_ITEMS: readonly { path: string; label: string }[] = [
  { path: "", label: "概览" },
  { path: "review/", label: "2023回顾" },
  { path: "areas/", label: "九大任务" },
  { path: "report/", label: "报告原文" },
  { path: "charts/", label: "图表" },
  { path: "data/", label: "数据" },
  { path: "about/", label: "关于" },
];

export const SITE_NAME = "数读阳泉 2024";
export const SOURCE_LINE = "来源：阳泉市2024年政府工作报告";
