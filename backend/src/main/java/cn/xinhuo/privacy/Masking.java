package cn.xinhuo.privacy;

/** How personal numbers look to those who may not see them (Z3). */
public final class Masking {

    private Masking() {
    }

    /** 230182195201011234 → 230182********1234 (region kept, birth date and sequence hidden). */
    public static String idCard(String number) {
        return number == null || number.length() < 10 ? number
                : number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
    }

    /** 13812345678 → 138****5678. */
    public static String mobile(String number) {
        return number == null || number.length() < 7 ? number
                : number.substring(0, 3) + "****" + number.substring(number.length() - 4);
    }

    /** 夏慧志 → 夏** (a child's name in lists: the family name only). */
    public static String name(String name) {
        return name == null || name.length() < 2 ? name : name.substring(0, 1) + "*".repeat(name.length() - 1);
    }
}
