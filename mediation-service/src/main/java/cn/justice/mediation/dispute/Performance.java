package cn.justice.mediation.dispute;

/** 回访时协议履行情况 */
public enum Performance {
    YES, PARTLY, NO
}
