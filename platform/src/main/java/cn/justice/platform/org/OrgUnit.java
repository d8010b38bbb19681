package cn.justice.platform.org;

/** An administrative division (GB/T 2260 / 统计用区划代码): county (6 digits), township (9), village (12). */
public record OrgUnit(String code, String name, Level level, String parentCode) {
    public enum Level { COUNTY, TOWNSHIP, VILLAGE }
}
