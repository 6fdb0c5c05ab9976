/** The report this site is about: the annotated report, copy links and default story data use it. */
export const SITE_REPORT_ID = "yangquan-2024";
