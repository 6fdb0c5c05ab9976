import { describe, expect, it } from "vitest";
import { findFigures, type FigureDraft } from "./figures.ts";

type Expect = Partial<Pick<FigureDraft, "quote" | "value" | "value_max" | "unit" | "base_value" | "base_unit" | "qualifier" | "measure" | "direction" | "multiplier">>;

const one = (text: string): FigureDraft => {
  const figs = findFigures(text);
  expect(figs, `figures in ${text}`).toHaveLength(1);
  return figs[0]!;
};

describe("number patterns", () => {
  it.each<[string, Expect]>([
    ["地区生产总值增长3.2%；", { quote: "增长3.2%", value: "3.2", unit: "%", measure: "growth", direction: "up", qualifier: "", value_max: "" }],
    ["快于煤炭工业4.3个百分点", { quote: "4.3个百分点", value: "4.3", unit: "个百分点", base_unit: "个百分点", measure: "pp", direction: "" }],
    ["能耗降低2.5%左右", { quote: "降低2.5%左右", value: "2.5", measure: "growth", direction: "down", qualifier: "左右" }],
    ["原煤产量6762万吨", { quote: "6762万吨", value: "6762", unit: "万吨", base_unit: "吨", multiplier: "10000", base_value: "67620000", measure: "level" }],
    ["完成投资200.7亿元", { value: "200.7", unit: "亿元", multiplier: "100000000", base_value: "20070000000", base_unit: "元", measure: "level" }],
    ["装机规模达到254万千瓦", { quote: "达到254万千瓦", value: "254", unit: "万千瓦", base_unit: "千瓦", base_value: "2540000", qualifier: "达到" }],
    ["年底前实现1.5亿千瓦时以上绿电", { quote: "1.5亿千瓦时以上", value: "1.5", unit: "亿千瓦时", base_value: "150000000", qualifier: "以上" }],
    ["经营主体15.3万户", { value: "15.3", unit: "万户", base_unit: "户", base_value: "153000", measure: "count" }],
    ["组建3-5家企业主导的", { quote: "3-5家", value: "3", value_max: "5", unit: "家", measure: "count" }],
    ["经济增长4.5%—5%", { quote: "增长4.5%—5%", value: "4.5", value_max: "5", unit: "%", measure: "growth" }],
    ["经济增长4.5%-5%", { value: "4.5", value_max: "5", unit: "%" }],
    ["培育3至5个集群", { quote: "3至5个", value: "3", value_max: "5", unit: "个" }],
    ["做大1—2个主导产业", { quote: "1—2个", value: "1", value_max: "2", unit: "个" }],
    ["入驻企业150余家", { quote: "150余家", value: "150", unit: "家", qualifier: "余" }],
    ["经营主体超过3000家", { quote: "超过3000家", value: "3000", unit: "家", qualifier: "超过", measure: "count" }],
    ["比例保持在35%以上", { quote: "35%以上", value: "35", qualifier: "以上", measure: "share" }],
    ["占比达到95%左右", { quote: "达到95%左右", qualifier: "达到|左右", measure: "share" }],
    ["外送电量力争达到64%", { quote: "力争达到64%", qualifier: "力争|达到", measure: "share" }],
    ["出口增长近30%", { quote: "增长近30%", value: "30", qualifier: "近", measure: "growth" }],
    ["经营主体约1.2万户", { quote: "约1.2万户", qualifier: "约" }],
    ["超额完成目标，超50家", { quote: "超50家", qualifier: "超" }],
    ["控制在3%以内", { quote: "3%以内", qualifier: "以内" }],
    ["下降到10%以下", { quote: "下降到10%以下", direction: "down", measure: "share", qualifier: "以下" }],
    ["惠及1100多万学生", { quote: "1100多万", value: "1100", unit: "万", base_value: "11000000", base_unit: "", qualifier: "多", measure: "other" }],
    ["惠及1.2万余人", { quote: "1.2万余人", unit: "万人", base_unit: "人", qualifier: "余", measure: "count" }],
    ["推动阳光电厂2×100万千瓦项目", { quote: "2×100万千瓦", value: "200", unit: "万千瓦", base_value: "2000000" }],
    ["接待人数增长4倍", { quote: "增长4倍", value: "4", unit: "倍", measure: "multiple", direction: "up" }],
    ["排名前移13位", { quote: "前移13位", unit: "位", measure: "rank", direction: "up" }],
    ["规上工业企业净增27户", { quote: "净增27户", unit: "户", measure: "count", direction: "up" }],
    ["位居全国第1", { quote: "第1", value: "1", measure: "rank", unit: "" }],
    ["进入全国前10名", { quote: "前10名", value: "10", measure: "rank" }],
    ["连续163个月杜绝", { quote: "163个月", value: "163", unit: "个月", measure: "count" }],
    ["成立75周年", { quote: "75周年", unit: "周年", measure: "count" }],
    ["太行世纪10GWh动力储能", { quote: "10GWh", unit: "GWh", base_unit: "GWh", measure: "level", multiplier: "1" }],
    ["建设12km道路", { quote: "12km", unit: "km", measure: "level" }],
    ["完成147.9公里建设", { quote: "147.9公里", unit: "公里", measure: "level" }],
    ["浓度降至38微克/立方米", { quote: "降至38微克/立方米", unit: "微克/立方米", direction: "down", measure: "level" }],
    ["开发造地5000亩", { quote: "5000亩", unit: "亩", measure: "level" }],
    ["完成营造林11.8万亩", { quote: "11.8万亩", unit: "万亩", base_unit: "亩", base_value: "118000" }],
    ["产量4.79亿斤以上", { quote: "4.79亿斤以上", unit: "亿斤", base_value: "479000000", qualifier: "以上" }],
    ["标准提高到158元", { quote: "提高到158元", unit: "元", measure: "level", direction: "up" }],
    ["价格上涨0.2%", { quote: "上涨0.2%", measure: "growth", direction: "up" }],
    ["同比减亏54.9%", { quote: "减亏54.9%", measure: "growth", direction: "down" }],
    ["城镇新增就业1200万人以上", { quote: "1200万人以上", value: "1200", unit: "万人", qualifier: "以上", base_value: "12000000" }],
    ["国内生产总值超过126万亿元", { unit: "万亿元", multiplier: "1000000000000", base_value: "126000000000000", base_unit: "元" }],
    ["标准机架101.2万架", { quote: "101.2万架", unit: "万架", base_unit: "架", measure: "count", base_value: "1012000" }],
    ["建设８英寸衬底", { quote: "8英寸", value: "8", unit: "英寸" }],
    ["两化融合指数达到92。", { quote: "达到92", unit: "", measure: "other" }],
    ["增长３．２％", { quote: "增长3.2%", value: "3.2" }],
  ])("%s", (text, expected) => {
    const normalized = text.replace(/[０-９．％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    expect(one(normalized)).toMatchObject(expected);
  });
});

describe("issue 13: units kept whole, ratios, bounds and 近N年", () => {
  it.each<[string, Expect]>([
    ["最低工资645元/月", { quote: "645元/月", value: "645", unit: "元/月", base_unit: "元/月", measure: "level" }],
    ["日处理能力30万吨/日", { quote: "30万吨/日", unit: "万吨/日", base_unit: "吨/日", base_value: "300000" }],
    ["补助标准1200元/人·年", { quote: "1200元/人·年", unit: "元/人·年" }],
    ["抽检4万批次", { quote: "4万批次", unit: "万批次", base_unit: "批次", measure: "count", base_value: "40000" }],
    ["吞吐量2000万标箱", { quote: "2000万标箱", unit: "万标箱", base_unit: "标箱", base_value: "20000000" }],
    ["集装箱2000万标准箱", { unit: "万标准箱", base_unit: "标准箱" }],
    ["开行1.3万列", { quote: "1.3万列", unit: "万列", measure: "count" }],
    ["接待30万辆次", { unit: "万辆次", measure: "count" }],
    ["举办120场次", { unit: "场次", measure: "count" }],
    ["服务500万人次", { unit: "万人次", measure: "count" }],
    ["智能算力15EFlops", { quote: "15EFlops", value: "15", unit: "EFlops", measure: "level" }],
    ["储能12GWh", { unit: "GWh" }],
    ["装机300MW", { unit: "MW" }],
    ["工业增加值超8千亿元", { quote: "超8千亿元", unit: "千亿元", base_value: "800000000000", base_unit: "元", qualifier: "超" }],
    ["定日6.8级地震", { quote: "6.8级", unit: "级" }],
    ["卫星137颗", { unit: "颗", measure: "count" }],
    ["占全国1/4", { quote: "1/4", value: "1", unit: "/4", measure: "ratio" }],
    ["城乡居民收入比缩小至2.31:1", { quote: "缩小至2.31:1", value: "2.31", unit: ":1", measure: "ratio", direction: "down" }],
    ["收入比2.1∶1左右", { quote: "2.1∶1左右", unit: "∶1", measure: "ratio", qualifier: "左右" }],
    ["为近50年同期最多", { quote: "50年", value: "50", unit: "年", qualifier: "" }],
    ["创近6年最高", { quote: "6年", qualifier: "" }],
    ["出口增长近30%", { quote: "增长近30%", qualifier: "近" }],
    ["65岁及以上老年人", { quote: "65岁及以上", unit: "岁", qualifier: "及以上" }],
    ["PM2.5浓度不高于23微克/立方米", { quote: "不高于23微克/立方米", value: "23", unit: "微克/立方米", qualifier: "不高于" }],
    ["粮食产量不低于1240亿斤", { quote: "不低于1240亿斤", qualifier: "不低于" }],
    ["控制在5%以内", { quote: "5%以内", qualifier: "以内" }],
    ["生产绿电超2000亿度", { quote: "超2000亿度", unit: "亿度", base_unit: "度", base_value: "200000000000" }],
    ["150亿方/年天然气产能", { quote: "150亿方/年", unit: "亿方/年", base_unit: "方/年" }],
    ["算力规模达到5.1万P", { quote: "达到5.1万P", unit: "万P", base_unit: "P" }],
    ["浓度降至38微克／立方米以下", { quote: "降至38微克／立方米以下", unit: "微克／立方米", qualifier: "以下" }],
    ["在对美贸易下降超3成的情况下", { quote: "下降超3成", unit: "成", qualifier: "超" }],
    ["调整公交线路328条", { quote: "328条", unit: "条", measure: "count" }],
    ["新建及改造农村电网线路9000公里", { quote: "9000公里", unit: "公里" }],
    ["下降3-5分/立方米", { quote: "下降3-5分/立方米", value: "3", value_max: "5", unit: "分/立方米" }],
  ])("%s", (text, expected) => {
    expect(one(text)).toMatchObject(expected);
  });

  it("8金4银4铜 is three counts of medals", () => {
    expect(findFigures("获得8金4银4铜").map((f) => [f.quote, f.unit])).toEqual([["8金", "金"], ["4银", "银"], ["4铜", "铜"]]);
    expect(findFigures("取得1金1银的历史最好成绩").map((f) => [f.quote, f.unit])).toEqual([["1金", "金"], ["1银", "银"]]);
  });

  it("a glued enumerator 8.6个 is list item 8 followed by 6个 when the previous item was 7", () => {
    expect(findFigures("8.6个重大科技专项：…", { listNo: 8 }).map((f) => [f.quote, f.value])).toEqual([["6个", "6"]]);
    expect(findFigures("8.6个重大科技专项").map((f) => f.value)).toEqual(["8.6"]);
  });

  it("inside one paragraph too: after item 7. a glued 8.6个 is item 8 and 6个", () => {
    expect(findFigures("重点有：7.建成3所学校；8.6个重大科技专项。").map((f) => [f.quote, f.value])).toEqual([["3所", "3"], ["6个", "6"]]);
    expect(findFigures("增长7.5%；8.6%的企业").map((f) => f.value)).toEqual(["7.5", "8.6"]);
  });

  it("a list item after a sentence end is not a figure, but its numbers are", () => {
    expect(findFigures("主要有：1.新增就业5万人；2.建成3所学校。").map((f) => f.quote)).toEqual(["5万人", "3所"]);
  });

  it("units that start common words are not read as units there (5金融机构, 列入)", () => {
    expect(findFigures("引进5金融机构").map((f) => f.unit)).toEqual([""]);
    expect(findFigures("3列入名录").map((f) => f.unit)).toEqual([""]);
  });
});

describe("lists after 分别 share the verb", () => {
  it("one row per value, each a growth rate", () => {
    const figs = findFigures("销售额分别增长13.2%、27.9%，");
    expect(figs.map((f) => [f.quote, f.value, f.measure, f.direction])).toEqual([
      ["增长13.2%", "13.2", "growth", "up"],
      ["27.9%", "27.9", "growth", "up"],
    ]);
  });
  it("three values and levels", () => {
    expect(findFigures("分别增长51.1%、25%、11.7%。").map((f) => f.measure)).toEqual(["growth", "growth", "growth"]);
    expect(findFigures("标准分别提高到158元、640元；").map((f) => [f.value, f.unit, f.measure])).toEqual([
      ["158", "元", "level"],
      ["640", "元", "level"],
    ]);
  });
});

describe("non-quantities are not figures", () => {
  it.each([
    ["PM2.5浓度", "PM2.5"],
    ["PM10年均浓度", "PM10"],
    ["每万人拥有5G基站数", "5G"],
    ["部署5G-A网络", "5G-A"],
    ["12345热线受理群众诉求", "hotline"],
    ["智创城NO.7累计签约", "NO.7"],
    ["国道307、207线阳泉市过境改线", "road numbers"],
    ["省道315线水峪至马家坡段", "road number"],
    ["阳泉记忆·1947文化园", "· name"],
    ["按照市委“14510”总体思路", "quoted code"],
    ["“1+X”政策体系", "1+X"],
    ["构建“4+N”现代产业体系", "4+N"],
    ["2023年是开局之年", "year"],
    ["2024年3月5日在大会上", "date"],
    ["1—11月，全市", "month span"],
    ["1-11月", "month span"],
    ["成功创建国家4A级景区", "4A级"],
    ["国产大飞机C919投入商业运营", "C919"],
    ["东盟自贸区3.0版谈判", "version"],
    ["民营企业500强", "list name"],
    ["“相约阳泉”2023长城主题文化", "year label"],
    // Issue 13: list numbering, labels, ordinals and dates from reports the extractor had not seen.
    ["1.“岳山造林”：在荒山上造林", "glossary enumerator"],
    ["（3）加强医疗健康服务", "bracketed enumerator"],
    ["详见附件1", "appendix number"],
    ["办好第21届省运会", "edition ordinal"],
    ["第48届世界技能大赛", "edition ordinal"],
    ["公布第3批名单", "batch ordinal"],
    ["核电1、2号机组投运", "machine labels"],
    ["地铁3号线开通", "line label"],
    ["发展首发经济3.0", "version"],
    ["推出2.0方案", "version"],
    ["上世纪70年代建成", "decade"],
    ["修建331边防路", "road name"],
    ["上线365展贸网", "platform name"],
    ["应对“6·16”特大暴雨", "date with ·"],
    ["时间：2026-02-09", "ISO date"],
    ["2026-02-02 09:20", "date and time"],
    ["1月27日召开", "month and day"],
    ["PM_2.5平均浓度", "PM_2.5"],
    ["打造中国最美边疆路331，", "road number"],
    ["实施“双一流196”工程", "number in a quoted name"],
    ["建立“N个1”培育推进机制", "number in a quoted name"],
    ["统一的12356心理援助热线", "hotline"],
    ["覆盖“从0到1、从1到2、从2到N”全创新链", "slogan"],
  ])("%s (%s)", (text) => {
    expect(findFigures(text)).toEqual([]);
  });
});
