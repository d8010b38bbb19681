package cn.justice.demo.plan;

import java.time.LocalDate;

/**
 * Made-up people of the demo county: names (Han, and Yi names as in Liangshan, where 德古 mediate), resident ID
 * numbers that pass GB 11643 validation, mobile numbers. All fictitious; drawn from the caller's stream.
 */
public final class People {
    private static final String[] HAN_SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙",
            "马", "胡", "朱", "郭", "何", "罗", "高", "林", "苏", "曾", "冯", "邓"};
    private static final String[] HAN_MALE = {"建国", "志强", "文", "华", "明", "军", "勇", "杰", "涛", "平", "刚", "斌",
            "国华", "德明", "永福", "家兴", "俊", "海", "林", "云飞"};
    private static final String[] HAN_FEMALE = {"秀英", "丽", "芳", "敏", "静", "艳", "桂英", "玉兰", "红梅", "晓燕",
            "娟", "霞", "琴", "慧", "丹", "雪梅"};
    private static final String[] YI_FAMILIES = {"阿木", "吉克", "沙马", "俄木", "阿苦", "吉伍", "马海", "曲比", "阿约",
            "海来", "勒格", "吉木", "阿牛", "木乃", "吉克", "阿西", "瓦扎", "日火"};
    private static final String[] YI_MALE = {"拉且", "日哈", "尔古", "伍各", "拉哈", "石布", "阿支", "莫色", "友哈",
            "拉铁", "木呷", "尔布"};
    private static final String[] YI_FEMALE = {"阿呷", "么惹", "阿依", "有格", "阿果", "日则", "金花", "拉姆", "阿衣"};

    private People() {
    }

    /** A person as the forms need them. */
    public record Person(String name, String idNumber, String gender, LocalDate birthDate, String ethnicity, String phone) {
    }

    /**
     * A person born between {@code bornFrom} and {@code bornTo}; {@code yiShare} is the chance of a Yi (彝族) name.
     * The ID number's division code is the county's.
     */
    public static Person person(Rng rng, String countyCode, LocalDate bornFrom, LocalDate bornTo, double yiShare,
                                double maleShare) {
        boolean male = rng.chance(maleShare);
        boolean yi = rng.chance(yiShare);
        String name = yi
                ? rng.pick(YI_FAMILIES) + (male ? rng.pick(YI_MALE) : rng.pick(YI_FEMALE))
                : rng.pick(HAN_SURNAMES) + (male ? rng.pick(HAN_MALE) : rng.pick(HAN_FEMALE));
        LocalDate birth = rng.dateIn(bornFrom, bornTo);
        return new Person(name, idNumber(rng, countyCode, birth, male), male ? "MALE" : "FEMALE", birth,
                yi ? "彝族" : "汉族", phone(rng));
    }

    /** A name only (mediators, lawyers, advisors). */
    public static String name(Rng rng, double yiShare) {
        return person(rng, "519901", LocalDate.of(1970, 1, 1), LocalDate.of(1990, 1, 1), yiShare, 0.7).name();
    }

    /**
     * A resident ID number (公民身份号码): division code, birth date, a sequence whose last digit is odd for men and
     * even for women, and the ISO 7064 MOD 11-2 check character.
     */
    public static String idNumber(Rng rng, String divisionCode, LocalDate birth, boolean male) {
        int seq = rng.nextInt(50) * 2 + (male ? 1 : 0) + 100 * rng.nextInt(10);
        String first17 = divisionCode + birth.toString().replace("-", "") + pad(seq, 3);
        return first17 + checkCharacter(first17);
    }

    /** ISO 7064 MOD 11-2 over the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = (1 << (17 - i)) % 11;
            sum += (first17.charAt(i) - '0') * weight;
        }
        return "10X98765432".charAt(sum % 11);
    }

    public static String phone(Rng rng) {
        String[] prefixes = {"138", "139", "150", "151", "158", "182", "187", "135", "136", "199"};
        return rng.pick(prefixes) + pad(rng.nextInt(100_000_000), 8);
    }

    private static String pad(int n, int width) {
        String s = Integer.toString(n);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }
}
