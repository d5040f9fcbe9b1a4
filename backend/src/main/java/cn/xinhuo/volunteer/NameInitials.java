package cn.xinhuo.volunteer;

import net.sourceforge.pinyin4j.PinyinHelper;

import java.util.Locale;

/** The pinyin initials of a Chinese name (张永新 → zyx), so a name can be found by typing them. */
public final class NameInitials {

    private NameInitials() {
    }

    public static String of(String name) {
        StringBuilder initials = new StringBuilder();
        for (char c : name.trim().toCharArray()) {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
            if (readings != null && readings.length > 0) {
                initials.append(readings[0].charAt(0));
            } else if (Character.isLetterOrDigit(c)) {
                initials.append(Character.toLowerCase(c));
            }
        }
        return initials.toString().toLowerCase(Locale.ROOT);
    }
}
