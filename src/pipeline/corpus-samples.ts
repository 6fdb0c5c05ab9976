/**
 * Hand-checked expectations for a sample of every report in the development corpus
 * (../shared/reports/, never copied into the repository). Each sample is one line of a report, read by
 * hand: every Arabic-digit quantity it states, with the value, the unit as written, the qualifiers, and
 * the period and status the text gives it. Numbers that are labels, codes, years or dates (PM2.5,
 * S22, “3815”, “1·22”, 2026-02-03, 自1950年) are deliberately absent: emitting them is a false figure.
 *
 * `written` is the number with its unit as it stands in the line, listed in reading order (each is
 * looked for after the one before it). Qualifiers are joined by | in text order.
 */

export interface ExpectedFigure {
  written: string;
  value: string;
  unit: string;
  qualifier: string;
}

export interface Sample {
  /** File under ../shared/reports/. */
  file: string;
  /** 1-based line of the seed file. */
  line: number;
  /** What the line is, in words. */
  about: string;
  period: string | null;
  status: "actual" | "target" | "";
  figures: ExpectedFigure[];
}

/** [written, value, unit, qualifier] */
type Row = [string, string, string, string?];
const f = (rows: Row[]): ExpectedFigure[] => rows.map(([written, value, unit, qualifier = ""]) => ({ written, value, unit, qualifier }));
const P = "provinces/";

export const SAMPLES: Sample[] = [
  {
    file: "national-2024-government-work-report.txt", line: 60, about: "2024 targets in the 总体要求 part", period: "2024", status: "target",
    figures: f([["5%左右", "5", "%", "左右"], ["1200万人以上", "1200", "万人", "以上"], ["5.5%左右", "5.5", "%", "左右"], ["3%左右", "3", "%", "左右"],
      ["1.3万亿斤以上", "1.3", "万亿斤", "以上"], ["2.5%左右", "2.5", "%", "左右"]]),
  },
  {
    file: "national-2024-government-work-report.txt", line: 16, about: "2023 review, economy", period: "2023", status: "actual",
    figures: f([["126万亿元", "126", "万亿元", "超过"], ["5.2%", "5.2", "%"], ["1244万人", "1244", "万人"], ["5.2%", "5.2", "%"], ["0.2%", "0.2", "%"]]),
  },
  {
    file: "shanxi-2025-government-work-report.txt", line: 24, about: "2025 targets", period: "2025", status: "target",
    figures: f([["5%左右", "5", "%", "左右"], ["6%以上", "6", "%", "以上"], ["5%以上", "5", "%", "以上"], ["45万人", "45", "万人"],
      ["5.5%左右", "5.5", "%", "左右"], ["2%左右", "2", "%", "左右"]]),
  },
  {
    file: "shanxi-2025-government-work-report.txt", line: 16, about: "2024 review, ecology area", period: "2024", status: "actual",
    figures: f([["15个", "15", "个"], ["91.3%", "91.3", "%"], ["6个", "6", "个"], ["360个", "360", "个"], ["2680个", "2680", "个"]]),
  },
  {
    file: `${P}chongqing-2026-government-work-report.txt`, line: 37, about: "2026 targets in 三、2026年工作安排", period: "2026", status: "target",
    figures: f([["5%以上", "5", "%", "以上"], ["6%", "6", "%"], ["3%", "3", "%"], ["4%以上", "4", "%", "以上"], ["5%", "5", "%"],
      ["65万人以上", "65", "万人", "以上"], ["3%", "3", "%"], ["3.8%", "3.8", "%"]]),
  },
  {
    file: `${P}chongqing-2026-government-work-report.txt`, line: 19, about: "十四五 review (透过2025回望“十四五”, 这五年)", period: "2021–2025", status: "actual",
    figures: f([["3万亿元", "3", "万亿元", "突破"], ["1.98万亿元", "1.98", "万亿元", "达到"], ["1.66万亿元", "1.66", "万亿元", "超过"],
      ["3万亿元", "3", "万亿元", "超过"], ["10万元", "10", "万元", "突破"]]),
  },
  {
    file: `${P}chongqing-2026-government-work-report.txt`, line: 4, about: "front matter 时间：2026-02-03 (a date, no figure)", period: null, status: "",
    figures: [],
  },
  {
    file: `${P}gansu-2025-government-work-report.txt`, line: 27, about: "2025 targets in the 总体要求和预期目标 part", period: "2025", status: "target",
    figures: f([["5.5%左右", "5.5", "%", "左右"], ["8%左右", "8", "%", "左右"], ["5%左右", "5", "%", "左右"], ["5%左右", "5", "%", "左右"],
      ["10%左右", "10", "%", "左右"], ["5.5%左右", "5.5", "%", "左右"], ["2%左右", "2", "%", "左右"], ["5.5%左右", "5.5", "%", "左右"],
      ["5%", "5", "%"], ["7%左右", "7", "%", "左右"], ["252亿斤以上", "252", "亿斤", "以上"]]),
  },
  {
    file: `${P}gansu-2025-government-work-report.txt`, line: 21, about: "2024 review, government's own work", period: "2024", status: "actual",
    figures: f([["578件", "578", "件"], ["777件", "777", "件"], ["10件", "10", "件"], ["8件", "8", "件"], ["6965件", "6965", "件"],
      ["90%", "90", "%", "达到"], ["3349个", "3349", "个"], ["19.9亿元", "19.9", "亿元"]]),
  },
  {
    file: `${P}guangxi-2026-government-work-report.txt`, line: 10, about: "2025 review, growth", period: "2025", status: "actual",
    figures: f([["5.1%", "5.1", "%"], ["4.2%", "4.2", "%"], ["5%", "5", "%"], ["5.4%", "5.4", "%"], ["7.7%", "7.7", "%"],
      ["1.8个百分点", "1.8", "个百分点"], ["280.9亿斤", "280.9", "亿斤"], ["8.4%", "8.4", "%"], ["8000亿元", "8000", "亿元", "突破"]]),
  },
  {
    file: `${P}guangxi-2026-government-work-report.txt`, line: 17, about: "2025 review, area 一", period: "2025", status: "actual",
    figures: f([["100条", "100", "条", "近"], ["900亿元", "900", "亿元", "超"], ["4113.7亿元", "4113.7", "亿元"], ["5.6%", "5.6", "%"],
      ["75亿元", "75", "亿元"], ["390个", "390", "个"], ["437个", "437", "个"], ["117个", "117", "个"], ["529亿元", "529", "亿元"],
      ["12.5%", "12.5", "%"], ["25%", "25", "%"], ["300亿元", "300", "亿元", "超"], ["4.2%", "4.2", "%"]]),
  },
  {
    file: `${P}hebei-2026-government-work-report.txt`, line: 34, about: "2026 targets in 三、2026年主要工作", period: "2026", status: "target",
    figures: f([["5%以上", "5", "%", "以上"], ["2%左右", "2", "%", "左右"], ["5.5%左右", "5.5", "%", "左右"], ["5.5%左右", "5.5", "%", "左右"],
      ["5%左右", "5", "%", "左右"], ["5%左右", "5", "%", "左右"], ["2%左右", "2", "%", "左右"], ["5.5%左右", "5.5", "%", "左右"]]),
  },
  {
    file: `${P}hebei-2026-government-work-report.txt`, line: 15, about: "十四五 review (这五年), ecology", period: "2021–2025", status: "actual",
    figures: f([["27.4%", "27.4", "%"], ["3195万亩", "3195", "万亩"], ["21.5亿立方米", "21.5", "亿立方米"], ["47.6%", "47.6", "%"], ["73.4%", "73.4", "%"]]),
  },
  {
    file: `${P}henan-2025-government-work-report.txt`, line: 21, about: "2025 targets in the 总体要求和主要目标 part", period: "2025", status: "target",
    figures: f([["5.5%左右", "5.5", "%", "左右"], ["7%左右", "7", "%", "左右"], ["7%左右", "7", "%", "左右"], ["6%左右", "6", "%", "左右"],
      ["4%左右", "4", "%", "左右"], ["5.5%左右", "5.5", "%", "左右"], ["110万人以上", "110", "万人", "以上"], ["2%左右", "2", "%", "左右"],
      ["1300亿斤以上", "1300", "亿斤", "以上"]]),
  },
  {
    file: `${P}henan-2025-government-work-report.txt`, line: 9, about: "2024 review, innovation area", period: "2024", status: "actual",
    figures: f([["23家", "23", "家"], ["53支", "53", "支"], ["161个", "161", "个"], ["27家", "27", "家"], ["6家", "6", "家"], ["55家", "55", "家"],
      ["92个", "92", "个"], ["1%", "1", "%"], ["2560家", "2560", "家"], ["22名", "22", "名"], ["189名", "189", "名"], ["15项", "15", "项"],
      ["1759亿元", "1759", "亿元"]]),
  },
  {
    file: `${P}hubei-2026-government-work-report.txt`, line: 49, about: "2026 targets", period: "2026", status: "target",
    figures: f([["5.5%左右", "5.5", "%", "左右"], ["5.5%左右", "5.5", "%", "左右"], ["70万人以上", "70", "万人", "以上"], ["2%左右", "2", "%", "左右"],
      ["500亿斤以上", "500", "亿斤", "以上"]]),
  },
  {
    file: `${P}hubei-2026-government-work-report.txt`, line: 23, about: "2025 review (after 刚刚过去的2025年), livelihoods", period: "2025", status: "actual",
    figures: f([["10大类", "10", "大类"], ["55项", "55", "项"], ["17所", "17", "所"], ["81所", "81", "所"], ["16所", "16", "所", "达到"], ["2.5万户", "2.5", "万户"]]),
  },
  {
    file: `${P}hunan-2025-government-work-report.txt`, line: 34, about: "2025 targets in 二、关于2025年工作", period: "2025", status: "target",
    figures: f([["5.5%左右", "5.5", "%", "左右"], ["2.5%", "2.5", "%"], ["6.5%以上", "6.5", "%", "以上"], ["4.5%", "4.5", "%"],
      ["5.5%以上", "5.5", "%", "以上"], ["70万人", "70", "万人"], ["616亿斤左右", "616", "亿斤", "左右"]]),
  },
  {
    file: `${P}hunan-2025-government-work-report.txt`, line: 16, about: "2024 review, innovation", period: "2024", status: "actual",
    figures: f([["5大", "5", ""], ["35家", "35", "家"], ["3家", "3", "家", "达"], ["2位", "2", "位"], ["30个", "30", "个"], ["20项", "20", "项"],
      ["18个", "18", "个"], ["15家", "15", "家"], ["20家", "20", "家"], ["20.2%", "20.2", "%"], ["50%", "50", "%", "超"], ["1000人", "1000", "人", "突破"]]),
  },
  {
    file: `${P}jiangsu-2026-government-work-report.txt`, line: 37, about: "2026 targets in 三、2026年重点工作", period: "2026", status: "target",
    figures: f([["5%", "5", "%"], ["2%", "2", "%"], ["120万人", "120", "万人"], ["5%左右", "5", "%", "左右"], ["2%左右", "2", "%", "左右"],
      ["5%左右", "5", "%", "左右"], ["3.42%左右", "3.42", "%", "左右"]]),
  },
  {
    file: `${P}jiangsu-2026-government-work-report.txt`, line: 15, about: "十四五 review area (after “十四五”时期是…), livelihoods", period: "2021–2025", status: "actual",
    figures: f([["6%", "6", "%"], ["690万人", "690", "万人", "超"], ["1/10以上", "1", "/10", "以上"], ["95%以上", "95", "%", "以上"], ["19.2%", "19.2", "%"],
      ["76家", "76", "家"], ["4.7个", "4.7", "个", "达"], ["80岁", "80", "岁", "超过"], ["16所", "16", "所"], ["48个", "48", "个"],
      ["6470个", "6470", "个"], ["73.5万套", "73.5", "万套"], ["50万户", "50", "万户", "超"]]),
  },
  {
    file: `${P}jiangsu-2026-government-work-report.txt`, line: 29, about: "十五五 targets (2026–2030)", period: "2026–2030", status: "target",
    figures: f([["5%左右", "5", "%", "左右"], ["7%左右", "7", "%", "左右"]]),
  },
  {
    file: `${P}jiangxi-2025-government-work-report.txt`, line: 20, about: "2025 targets in 二、2025年工作安排", period: "2025", status: "target",
    figures: f([["5%左右", "5", "%", "左右"], ["7.5%左右", "7.5", "%", "左右"], ["5%左右", "5", "%", "左右"], ["5%左右", "5", "%", "左右"],
      ["5%", "5", "%"], ["6.5%左右", "6.5", "%", "左右"], ["2%左右", "2", "%", "左右"], ["5.5%左右", "5.5", "%", "左右"]]),
  },
  {
    file: `${P}jiangxi-2025-government-work-report.txt`, line: 72, about: "glossary item 3. in the appendix (an enumerator, no figure)", period: null, status: "",
    figures: [],
  },
  {
    file: `${P}neimenggu-2025-government-work-report.txt`, line: 16, about: "2025 targets", period: "2025", status: "target",
    figures: f([["6%左右", "6", "%", "左右"], ["7%左右", "7", "%", "左右"], ["10%左右", "10", "%", "左右"], ["4%以上", "4", "%", "以上"],
      ["18万人以上", "18", "万人", "以上"], ["5.5%左右", "5.5", "%", "左右"], ["2%左右", "2", "%", "左右"]]),
  },
  {
    file: `${P}neimenggu-2025-government-work-report.txt`, line: 21, about: "2025 plan, projects (road codes S22, G0616 are labels)", period: "2025", status: "target",
    figures: f([["1400个", "1400", "个", "近"]]),
  },
  {
    file: `${P}shaanxi-2026-government-work-report.txt`, line: 43, about: "2026 targets (full-width ％)", period: "2026", status: "target",
    figures: f([["5%左右", "5", "%", "左右"], ["3%", "3", "%"], ["40万人以上", "40", "万人", "以上"], ["5.5%左右", "5.5", "%", "左右"], ["2%左右", "2", "%", "左右"]]),
  },
  {
    file: `${P}shaanxi-2026-government-work-report.txt`, line: 28, about: "2025 review, risks and safety", period: "2025", status: "actual",
    figures: f([["170家", "170", "家"], ["612个", "612", "个"], ["625个", "625", "个"], ["217个", "217", "个"], ["53.6万件", "53.6", "万件"],
      ["6.8万栋", "6.8", "万栋"], ["9.4%", "9.4", "%"], ["7.2%", "7.2", "%"], ["252.7万人", "252.7", "万人"], ["15.9%", "15.9", "%"], ["13.3%", "13.3", "%"]]),
  },
  {
    file: `${P}shandong-2026-government-work-report.txt`, line: 14, about: "2025 review, green transition", period: "2025", status: "actual",
    figures: f([["1100万千瓦", "1100", "万千瓦", "突破"], ["42个", "42", "个"], ["32.4微克/立方米", "32.4", "微克/立方米"], ["4.6个百分点", "4.6", "个百分点"]]),
  },
  {
    file: `${P}tianjin-2025-government-work-report.txt`, line: 37, about: "2025 targets", period: "2025", status: "target",
    figures: f([["5%左右", "5", "%", "左右"], ["3%左右", "3", "%", "左右"], ["3%左右", "3", "%", "左右"], ["5.5%左右", "5.5", "%", "左右"],
      ["30万人", "30", "万人"], ["2%左右", "2", "%", "左右"]]),
  },
  {
    file: `${P}tianjin-2025-government-work-report.txt`, line: 17, about: "2024 review, port", period: "2024", status: "actual",
    figures: f([["147条", "147", "条"], ["2329万标准箱", "2329", "万标准箱"], ["20名", "20", "名"], ["10个", "10", "个"], ["100艘次", "100", "艘次", "超过"],
      ["300余家", "300", "家", "余"]]),
  },
  {
    file: `${P}xizang-2026-government-work-report.txt`, line: 42, about: "2026 targets", period: "2026", status: "target",
    figures: f([["7%以上", "7", "%", "以上"], ["15%左右", "15", "%", "左右"], ["7%左右", "7", "%", "左右"], ["7%左右", "7", "%", "左右"],
      ["8%左右", "8", "%", "左右"], ["5%以内", "5", "%", "以内"]]),
  },
  {
    file: `${P}xizang-2026-government-work-report.txt`, line: 19, about: "2025 review (一年来 … 六是)", period: "2025", status: "actual",
    figures: f([["187亿元", "187", "亿元"], ["5.1万人", "5.1", "万人"], ["66万人", "66", "万人"], ["75.4亿元", "75.4", "亿元"], ["95%以上", "95", "%", "以上"],
      ["12%以上", "12", "%", "以上"], ["111枚", "111", "枚"]]),
  },
  {
    file: `${P}yunnan-2025-government-work-report.txt`, line: 24, about: "2025 targets in the 总体要求 part", period: "2025", status: "target",
    figures: f([["5%左右", "5", "%", "左右"], ["7%左右", "7", "%", "左右"], ["2%", "2", "%"], ["5.5%以内", "5.5", "%", "以内"], ["50万人以上", "50", "万人", "以上"],
      ["1955万吨以上", "1955", "万吨", "以上"]]),
  },
  {
    file: `${P}yunnan-2025-government-work-report.txt`, line: 16, about: "2024 review, safety (“1·22” is a date, 自1950年 a year)", period: "2024", status: "actual",
    figures: f([["9.1%", "9.1", "%"], ["11.5%", "11.5", "%"], ["61个月", "61", "个月"], ["15起", "15", "起"], ["14轮", "14", "轮"], ["7次", "7", "次"],
      ["20户以上", "20", "户", "以上"], ["5年", "5", "年"], ["97%以上", "97", "%", "以上"]]),
  },
  {
    file: `${P}zhejiang-2025-government-work-report.txt`, line: 17, about: "2024 review, ecology and energy", period: "2024", status: "actual",
    figures: f([["98.7%", "98.7", "%", "达"], ["2200万千瓦", "2200", "万千瓦"], ["1分/千瓦时", "1", "分/千瓦时"], ["45%", "45", "%", "达"], ["6.9%", "6.9", "%"]]),
  },
  {
    file: `${P}hunan-2025-government-work-report.txt`, line: 87, about: "2025 plan: 十大重点民生实事 ①–⑩, rate units 元/月, 4G/5G labels", period: "2025", status: "target",
    figures: f([["30万台", "30", "万台"], ["6万个", "6", "万个"], ["1万场", "1", "万场"], ["23万人次", "23", "万人次"], ["20个", "20", "个"],
      ["5000名", "5000", "名"], ["500个", "500", "个"], ["2000张", "2000", "张"], ["740元/月", "740", "元/月", "不低于"], ["485元/月", "485", "元/月"],
      ["100元/月", "100", "元/月"], ["1200元/月", "1200", "元/月", "不低于"], ["1700元/月", "1700", "元/月"], ["1.9万个", "1.9", "万个"],
      ["150个", "150", "个"], ["5000套", "5000", "套"], ["5000个", "5000", "个"], ["3000公里", "3000", "公里"], ["7000个", "7000", "个"]]),
  },
  {
    file: `${P}shaanxi-2026-government-work-report.txt`, line: 31, about: "十四五 review inside 一、2025年工作回顾 (…“十四五”圆满收官。五年来，…): spans, ratios 1/4 1/3, 万吨/年", period: "2021–2025", status: "actual",
    figures: f([["3万亿元", "3", "万亿元"], ["5.2%", "5.2", "%"], ["1万亿元", "1", "万亿元"], ["12位", "12", "位"], ["7.8%", "7.8", "%"], ["7%", "7", "%"],
      ["1.1万亿元", "1.1", "万亿元", "突破"], ["11.9个百分点", "11.9", "个百分点"], ["42.2%", "42.2", "%", "达到"], ["200家", "200", "家", "超过"],
      ["15.7%", "15.7", "%"], ["8.3%", "8.3", "%"], ["4个", "4", "个"], ["5家", "5", "家"], ["2.61%", "2.61", "%"], ["1", "1", ""], ["59.61%", "59.61", "%"],
      ["87.59%", "87.59", "%", "达到"], ["4", "4", ""], ["21个", "21", "个"], ["1795亿元", "1795", "亿元"], ["5260亿元", "5260", "亿元"],
      ["3.2倍", "3.2", "倍"], ["2.5倍", "2.5", "倍"], ["1.8倍", "1.8", "倍"], ["21个", "21", "个"], ["8%", "8", "%"], ["7.2%", "7.2", "%"],
      ["1.7倍", "1.7", "倍"], ["17.2倍", "17.2", "倍"], ["1/4", "1", "/4"], ["1/3", "1", "/3"], ["8亿吨", "8", "亿吨", "突破"], ["37.9%", "37.9", "%"],
      ["2个", "2", "个"], ["11个", "11", "个"], ["400万吨/年", "400", "万吨/年", "超过"], ["1.27亿千瓦", "1.27", "亿千瓦"], ["6个", "6", "个"],
      ["1.2倍", "1.2", "倍"], ["67.17%", "67.17", "%"], ["6895公里", "6895", "公里"], ["422公里", "422", "公里"], ["1.9万座", "1.9", "万座"],
      ["14.3万座", "14.3", "万座"], ["5市", "5", "市"], ["24.7%", "24.7", "%"], ["13个", "13", "个", "达到"], ["50部", "50", "部"],
      ["8亿人次", "8", "亿人次", "超过"], ["40万人以上", "40", "万人", "以上"], ["5.3%", "5.3", "%"], ["7.7%", "7.7", "%"], ["2.54", "2.54", ""],
      ["30个", "30", "个"], ["47家", "47", "家"], ["7.83张", "7.83", "张"], ["3.57个", "3.57", "个"], ["78.9岁", "78.9", "岁", "达到"],
      ["10万人", "10", "万人"], ["36.9%", "36.9", "%"], ["98.98%", "98.98", "%"]]),
  },
];
