package cn.justice.testing;

/** Township codes of the test county, as the services' seed data has them (inherited by {@link Api}). */
public interface Townships {
    String CHENGGUAN = "519901100";
    String JIMI = "519901101";
    String XINCHA = "519901200";
    String SHADAI = "519901201";
    String ZELA = "519901202";
    String LUOWU = "519901203";
}
