package cn.justice.gateway.plan;

import java.math.BigDecimal;
import java.util.Map;

/** Progress as CSV for spreadsheets: UTF-8 with BOM (Excel), Chinese headers, RFC 4180 quoting. */
public final class ProgressCsv {
    static final String HEADER = "指标代码,指标名称,单位,实际值,分子,分母,目标值,比较,基线,状态,数据截至";
    static final Map<IndicatorStatus.Status, String> STATUS_ZH = Map.of(
            IndicatorStatus.Status.ACHIEVED, "已完成", IndicatorStatus.Status.ON_TRACK, "进展正常",
            IndicatorStatus.Status.AT_RISK, "存在风险", IndicatorStatus.Status.OFF_TRACK, "未达进度",
            IndicatorStatus.Status.NO_DATA, "暂无数据");

    private ProgressCsv() {
    }

    public static String statusZh(IndicatorStatus.Status status) {
        return STATUS_ZH.get(status);
    }

    public static String write(Progress p) {
        StringBuilder sb = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (Progress.Item i : p.indicators()) {
            sb.append(String.join(",", cell(i.code()), cell(i.name()), cell(i.unit()), num(i.actual()), num(i.numerator()),
                    num(i.denominator()), num(i.target()), cell(i.comparator()), num(i.baseline()),
                    cell(STATUS_ZH.get(i.status())), cell(i.asOf() == null ? "" : i.asOf().toString()))).append("\r\n");
        }
        return sb.toString();
    }

    private static String num(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }

    static String cell(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") || s.startsWith("=")
                || s.startsWith("+") || s.startsWith("-") || s.startsWith("@")) {
            // quote, and defuse spreadsheet formulas (CSV injection) with a leading apostrophe
            String safe = s.startsWith("=") || s.startsWith("+") || s.startsWith("-") || s.startsWith("@") ? "'" + s : s;
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
