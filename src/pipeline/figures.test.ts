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
  ])("%s (%s)", (text) => {
    expect(findFigures(text)).toEqual([]);
  });
});
