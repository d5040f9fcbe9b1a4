package cn.xinhuo.volunteer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words a roster uses for the register's coded values (男, 农村, 老教师, 进城养老 …): written by
 * the export and the import template, read back by the import (which also takes the codes).
 */
final class RegisterWords {

    private static final Map<Enum<?>, String> WORDS = Map.ofEntries(
            Map.entry(Gender.MALE, "男"), Map.entry(Gender.FEMALE, "女"),
            Map.entry(Residence.RURAL, "农村"), Map.entry(Residence.URBAN, "城镇"),
            Map.entry(VolunteerCategory.VETERAN_CADRE, "老干部"), Map.entry(VolunteerCategory.VETERAN_SOLDIER, "老战士"),
            Map.entry(VolunteerCategory.VETERAN_EXPERT, "老专家"), Map.entry(VolunteerCategory.VETERAN_TEACHER, "老教师"),
            Map.entry(VolunteerCategory.VETERAN_MODEL, "老模范"), Map.entry(VolunteerCategory.OTHER, "其他"),
            Map.entry(VolunteerStatus.ACTIVE, "在册"), Map.entry(VolunteerStatus.MOVED_TO_TOWN, "进城养老"),
            Map.entry(VolunteerStatus.ACCOMPANYING_STUDY, "陪读"), Map.entry(VolunteerStatus.WORKING_AWAY, "外出务工"),
            Map.entry(VolunteerStatus.WITHDRAWN, "退出"), Map.entry(VolunteerStatus.DECEASED, "已故"));

    private RegisterWords() {
    }

    static String of(Enum<?> value) {
        return value == null ? null : WORDS.get(value);
    }

    /** The words of every value of a type, in declaration order (a template's drop-down). */
    static <E extends Enum<E>> List<String> all(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(RegisterWords::of).toList();
    }

    /** The value a word (or code, any case) stands for. */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        String t = text.trim();
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(t) || t.equals(WORDS.get(e)))
                .findFirst();
    }
}
